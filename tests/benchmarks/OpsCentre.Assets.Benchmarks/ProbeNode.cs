using Microsoft.Extensions.Logging.Abstractions;
using OpsCentre.Assets.Detection;
using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.Shards;
using OpsCentre.Detection.Ensemble;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;
using OpsCentre.Storage;
using OpsCentre.Storage.Assets;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Assets.Benchmarks;

/// <summary>
/// One node's asset hosting for the probes, with everything real: the embedded Kafka cluster (anomalies, dead
/// letters, changelog), a SQLite store in a temporary folder, the decoder, and the ensemble detector on every signal.
/// </summary>
internal sealed class ProbeNode : IAsyncDisposable
{
    private readonly string _folder;
    private readonly KafkaConnection _kafka;
    private readonly KafkaPublisher _publisher;
    private readonly Database _database;

    private ProbeNode(SyntheticCity city, KafkaConnection kafka, Database database, string folder)
    {
        City = city;
        _folder = folder;
        _kafka = kafka;
        _database = database;
        _publisher = new KafkaPublisher(kafka, "asset-probe", NullLogger<KafkaPublisher>.Instance);
        Catalogue = new CityCatalogue(city.Assets);
        Store = new SqlAssetStateStore(database, TimeProvider.System);
    }

    public SyntheticCity City { get; }

    public CityCatalogue Catalogue { get; }

    public IAssetStateStore Store { get; }

    public static async Task<ProbeNode> StartAsync(SyntheticCity city)
    {
        var kafka = KafkaConnection.Open(new KafkaOptions { EmbeddedBrokers = 1, ReplicationFactor = 1, Partitions = city.Partitions });
        await kafka.EnsureTopicsAsync();
        var folder = Path.Combine(Path.GetTempPath(), "opscentre-asset-probe-" + Guid.NewGuid().ToString("N")[..8]);
        var database = await Database.OpenAsync(StoreLocation.Parse(Path.Combine(folder, "assets.db")));
        return new ProbeNode(city, kafka, database, folder);
    }

    /// <summary>A node's shard factory and registry over this cluster and store.</summary>
    public (AssetShardFactory Factory, AssetRegistry Registry) Hosting(AssetStageOptions? options = null, SignalDetectorFactory? detectors = null)
    {
        var registry = new AssetRegistry();
        var factory = new AssetShardFactory(
            new CityEventDecoder(Catalogue, TimeProvider.System, DecoderOptions.ForReplay),
            Catalogue,
            registry,
            detectors ?? ((_, _) => new EnsembleDetector(CityEnsemble.Options)),
            options ?? new AssetStageOptions(),
            _publisher,
            new DeadLetterPublisher(_publisher, TimeProvider.System),
            Store,
            new AssetChangelog(_kafka, _publisher, NullLogger<AssetChangelog>.Instance),
            TimeProvider.System,
            NullLoggerFactory.Instance);
        return (factory, registry);
    }

    public static async Task<IReadOnlyList<IPartitionProcessor>> TakeAllAsync(AssetShardFactory factory, int partitions) =>
        await Task.WhenAll(Enumerable.Range(0, partitions).Select(p => factory.CreateAsync(p, CancellationToken.None)));

    public async ValueTask DisposeAsync()
    {
        _publisher.Dispose();
        await _database.DisposeAsync();
        _kafka.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
