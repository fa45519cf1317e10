using System.Text;
using OpsCentre.Assets.Tests.Support;
using OpsCentre.Contracts.Kafka;
using static OpsCentre.Assets.Tests.Support.PartitionDriving;

namespace OpsCentre.Assets.Tests.Hosting;

/// <summary>A detector that throws on a poison reading: the asset is restarted and keeps working, the reading is dead-lettered.</summary>
public sealed class SupervisionTests : IAsyncLifetime
{
    private const double Poison = 666;
    private readonly List<Detectors.ThresholdDetector> _built = [];
    private ShardHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ShardHarness.StartAsync();

    [Fact]
    public async Task A_poison_reading_restarts_its_asset_without_it_and_goes_to_the_dead_letter_topic()
    {
        var node = _harness.Node(await _harness.NewStoreAsync(), Detectors.PoisonedBy(Poison, built: _built));
        await using var shard = await node.TakeAsync(0);

        await shard.FeedAsync(0, MonitorReadings(0, 5, minute => minute == 2 ? Poison : 40 + minute));
        await shard.CheckpointFullyAsync();

        var state = await node.Registry.DescribeAsync("aq-1", CancellationToken.None);
        Assert.Equal(4, state!.Summary.Observations);
        Assert.Equal([40.0, 41, 43, 44], state.Signals.Single().Readings.Select(r => r.Value));
        // The restarted asset's detector was rebuilt from the kept readings, without the poison one.
        Assert.Equal([40.0, 41, 43, 44], _built[^1].Seen);

        var deadLetter = Assert.Single(TopicReader.Read(_harness.Kafka, CityTopics.DeadLetter, atLeast: 1, TimeSpan.FromSeconds(20)));
        Assert.Equal("2", Header(deadLetter.Message.Headers, DeadLetterHeaders.SourceOffset));
        Assert.Contains("detector cannot handle 666", Header(deadLetter.Message.Headers, DeadLetterHeaders.Reason));
        Assert.Equal(Readings.Record(Readings.No2("aq-1", 2, Poison), 0, 2).Message.Value, deadLetter.Message.Value);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private static string Header(Confluent.Kafka.Headers headers, string name) => Encoding.UTF8.GetString(headers.GetLastBytes(name));
}
