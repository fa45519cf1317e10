using OpsCentre.Scaling.Tests.Support;
using Xunit.Abstractions;

namespace OpsCentre.Scaling.Tests;

[Collection(ClusterRuns.Name)]
public sealed class CrashRecoveryTests(UndisturbedRun undisturbed, ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "opscentre-crash-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_node_killed_mid_stream_comes_back_with_every_asset_and_no_incident_lost_or_duplicated()
    {
        using var cluster = new ScalingCluster();
        var store = Path.Combine(_folder, "node.db");
        var feed = undisturbed.Feed;
        using var progress = new GroupProgress(cluster.BootstrapServers);
        using var killed = NodeProcess.Start("node-1", cluster.BootstrapServers, store);
        var firstPart = feed.Events.Count * 2 / 5;
        feed.PublishTo(cluster.BootstrapServers, ..firstPart);
        Assert.True(await Eventually.Async(() => killed.HasExited || progress.Committed() >= firstPart / 2, TimeSpan.FromMinutes(2)), $"the node never committed; its log:\n{killed.Log}");

        // Killed while it works through the next part: what it processed since its last commit is replayed, and some
        // of that is already in its store. The last part is published only after the kill, so the crash is mid-stream
        // however fast the node is.
        var killPoint = firstPart + ((feed.Events.Count - firstPart) / 2);
        feed.PublishTo(cluster.BootstrapServers, firstPart..killPoint);
        await Task.Delay(TimeSpan.FromSeconds(0.3));
        killed.Kill();
        var committedAtCrash = progress.Committed();
        Assert.True(committedAtCrash < feed.Events.Count, $"the node was not killed mid-stream ({committedAtCrash:N0} of {feed.Events.Count:N0} committed); its log:\n{killed.Log}");
        feed.PublishTo(cluster.BootstrapServers, killPoint..);
        var restartedAt = DateTime.UtcNow;
        await using var restarted = await ClusterNode.StartAsync("node-1", cluster.BootstrapServers, store);

        var outcome = await RunOutcome.CollectAsync(restarted, feed, cluster.BootstrapServers, TimeSpan.FromMinutes(3));

        output.WriteLine($"{feed.Events.Count:N0} events; undisturbed run {undisturbed.Took.TotalSeconds:N0} s; killed with {committedAtCrash:N0} committed; restart to complete {(DateTime.UtcNow - restartedAt).TotalSeconds:N0} s; {restarted.Assets.ReplaysSkipped:N0} replayed records were already in the restored state");
        outcome.SameAs(undisturbed.Outcome, feed);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
