using OpsCentre.Tests;

namespace OpsCentre.Scaling.Tests.Support;

/// <summary>
/// The reference: the feed through one node that is never stopped, crashed or joined. The detectors are
/// deterministic and a restored asset's detectors are rebuilt from the readings it kept, so a disturbed run of the
/// same feed must end with exactly this state, these anomalies and these incidents.
/// </summary>
public sealed class UndisturbedRun : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "opscentre-undisturbed-" + Guid.NewGuid().ToString("N")[..8]);

    internal CityFeed Feed { get; private set; } = null!;

    internal RunOutcome Outcome { get; private set; } = null!;

    /// <summary>How long the undisturbed node took from its start to the complete outcome.</summary>
    internal TimeSpan Took { get; private set; }

    public async Task InitializeAsync()
    {
        Feed = CityFeed.Generate();
        var started = DateTime.UtcNow;
        using var cluster = new ScalingCluster();
        await using var node = await ClusterNode.StartAsync("undisturbed", cluster.BootstrapServers, Path.Combine(_folder, "node.db"));
        Feed.PublishTo(cluster.BootstrapServers);
        Outcome = await RunOutcome.CollectAsync(node, Feed, cluster.BootstrapServers, TimeSpan.FromMinutes(3));
        Took = DateTime.UtcNow - started;
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterRuns : ICollectionFixture<UndisturbedRun>
{
    public const string Name = "cluster runs";
}
