using OpsCentre.Scaling.Tests.Support;
using OpsCentre.Tests.Postgres;
using Xunit.Abstractions;

namespace OpsCentre.Scaling.Tests;

/// <summary>Two nodes in one consumer group sharing a PostgreSQL store, as a multi-node deployment runs.</summary>
[Collection(ClusterRuns.Name)]
public sealed class ScaleOutTests(UndisturbedRun undisturbed, ThrowawayPostgres postgres, ITestOutputHelper output) : IClassFixture<ThrowawayPostgres>
{
    [PostgresFact]
    public async Task When_a_node_leaves_the_other_takes_its_partitions_restores_its_assets_and_the_totals_match()
    {
        using var cluster = new ScalingCluster();
        var store = await postgres.CreateDatabaseAsync();
        var feed = undisturbed.Feed;
        var leaving = await ClusterNode.StartAsync("node-a", cluster.BootstrapServers, store);
        await using var staying = await ClusterNode.StartAsync("node-b", cluster.BootstrapServers, store);
        Assert.True(await Eventually.Async(() => leaving.Assets.Partitions.Count > 0 && staying.Assets.Partitions.Count > 0, TimeSpan.FromMinutes(1)), "the two nodes never shared the partitions");
        var publishing = Task.Run(() => feed.PublishTo(cluster.BootstrapServers));

        Assert.True(await Eventually.Async(() => leaving.Consumed + staying.Consumed >= feed.Events.Count * 2 / 5, TimeSpan.FromMinutes(2)), "the nodes never got mid-stream");
        var partitionsBefore = (leaving.Assets.Partitions.Count, staying.Assets.Partitions.Count);
        await leaving.StopAsync();
        await publishing;
        var leftAt = DateTime.UtcNow;

        var outcome = await RunOutcome.CollectAsync(staying, feed, cluster.BootstrapServers, TimeSpan.FromMinutes(3));

        output.WriteLine($"partitions before the leave {partitionsBefore}; from the leave to complete {(DateTime.UtcNow - leftAt).TotalSeconds:N0} s; {staying.Assets.ReplaysSkipped:N0} replayed records were already in the restored state");
        Assert.Equal(ScalingCluster.Partitions, staying.Assets.Partitions.Count);
        outcome.SameAs(undisturbed.Outcome, feed);
    }
}
