using Microsoft.Extensions.Logging.Abstractions;
using OpsCentre.Actors.Tests.Support;
using OpsCentre.Assets.Detection;
using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.Shards;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;
using OpsCentre.Storage;
using OpsCentre.Storage.Assets;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Assets.Tests.Support;

/// <summary>
/// What a node's city stage gives its asset shards, for real: the embedded Kafka cluster, a SQLite store, the
/// publisher, dead letters, the changelog, and a manual clock. <see cref="Node"/> makes a "node" (factory and
/// registry) over them; two nodes may share the cluster and, or not, the store.
/// </summary>
internal sealed class ShardHarness : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "opscentre-shards-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly List<Database> _databases = [];

    private ShardHarness(KafkaConnection kafka, KafkaPublisher publisher)
    {
        Kafka = kafka;
        Publisher = publisher;
        DeadLetters = new DeadLetterPublisher(publisher, Clock);
        Changelog = new AssetChangelog(kafka, publisher, NullLogger<AssetChangelog>.Instance);
    }

    /// <summary>A day after the readings start, so none is in the future and the decoder accepts any age.</summary>
    public ManualClock Clock { get; } = new(Readings.Start.AddDays(1));

    public KafkaConnection Kafka { get; }

    public KafkaPublisher Publisher { get; }

    public DeadLetterPublisher DeadLetters { get; }

    public AssetChangelog Changelog { get; }

    public CityCatalogue Catalogue { get; } = TestAssets.Catalogue();

    public static async Task<ShardHarness> StartAsync()
    {
        var kafka = KafkaConnection.Open(new KafkaOptions { EmbeddedBrokers = 1, Partitions = 2, ReplicationFactor = 1 });
        await kafka.EnsureTopicsAsync();
        return new ShardHarness(kafka, new KafkaPublisher(kafka, "shard-tests", NullLogger<KafkaPublisher>.Instance));
    }

    /// <summary>A fresh SQLite store of its own.</summary>
    public async Task<IAssetStateStore> NewStoreAsync() => new SqlAssetStateStore(await NewDatabaseAsync(), Clock);

    /// <summary>A fresh SQLite database (every store's tables), deleted with the harness.</summary>
    public async Task<Database> NewDatabaseAsync()
    {
        var database = await Database.OpenAsync(StoreLocation.Parse(Path.Combine(_folder, $"node-{_databases.Count}.db")));
        _databases.Add(database);
        return database;
    }

    public AssetNode Node(IAssetStateStore store, SignalDetectorFactory? detectors = null, AssetStageOptions? options = null, string name = "node-a")
    {
        var registry = new AssetRegistry();
        var factory = new AssetShardFactory(
            new CityEventDecoder(Catalogue, Clock, DecoderOptions.ForReplay),
            Catalogue,
            registry,
            detectors ?? Detectors.Threshold(100),
            (options ?? new AssetStageOptions()) with { NodeId = name, ChangelogReadTimeout = TimeSpan.FromSeconds(10) },
            Publisher,
            DeadLetters,
            store,
            Changelog,
            Clock,
            NullLoggerFactory.Instance);
        return new AssetNode(factory, registry, store);
    }

    public async ValueTask DisposeAsync()
    {
        Publisher.Dispose();
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }

        Kafka.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>One node's asset hosting: its shard factory, its registry and its store.</summary>
internal sealed record AssetNode(AssetShardFactory Factory, AssetRegistry Registry, IAssetStateStore Store)
{
    public async Task<IPartitionProcessor> TakeAsync(int partition) => await Factory.CreateAsync(partition, CancellationToken.None);
}
