using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpsCentre.Assets.Shards;
using OpsCentre.Console.Node;
using OpsCentre.Incidents;
using OpsCentre.Kafka;
using OpsCentre.Tests;

namespace OpsCentre.Scaling.Tests.Support;

/// <summary>
/// One real OpsCentre node in this process (the product's composition: city stage, incident stage, console) joined to
/// a cluster the test owns, with no feed of its own, stopped gracefully: partitions drained, checkpointed, committed
/// and handed over. A node to kill is a <see cref="NodeProcess"/>: disposing a node's Kafka clients under its running
/// loops is not a crash but undefined behaviour in librdkafka.
/// </summary>
internal sealed class ClusterNode : IAsyncDisposable
{
    private bool _gone;

    private ClusterNode(string name, WebApplication app)
    {
        Name = name;
        App = app;
    }

    public string Name { get; }

    public WebApplication App { get; }

    public AssetRegistry Assets => App.Services.GetRequiredService<AssetRegistry>();

    public IIncidentStore Incidents => App.Services.GetRequiredService<IIncidentStore>();

    /// <summary>Records the city stage has taken from Kafka (queued or processed).</summary>
    public long Consumed => CityStage.Status?.RecordsConsumed ?? 0;

    /// <summary>False once the city stage's consume loop has ended (a fatal error stops it, and asks the node to stop).</summary>
    public bool CityStageRunning => CityStage.Status?.Running ?? false;

    private ConsumerStageService CityStage => App.Services.GetServices<ConsumerStageService>().Single(s => s.StageName == PipelineStages.City);

    public static async Task<ClusterNode> StartAsync(string name, string bootstrapServers, string store)
    {
        var app = await OpsCentreNode.BuildAsync(new NodeOptions
        {
            NodeId = name,
            Urls = "http://127.0.0.1:0",
            Store = store,
            DataRoot = TestData.DataRoot,
            Kafka = new KafkaOptions { BootstrapServers = bootstrapServers, Partitions = ScalingCluster.Partitions },
            City = new CityOptions { Feed = FeedMode.None },
        });
        await app.StartAsync();
        return new ClusterNode(name, app);
    }

    public async Task StopAsync()
    {
        _gone = true;
        await App.StopAsync();
        await App.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_gone)
        {
            await StopAsync();
        }
    }
}
