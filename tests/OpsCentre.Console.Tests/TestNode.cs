using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpsCentre.Console.Interop;
using OpsCentre.Console.Live;
using OpsCentre.Console.Node;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Operations;
using OpsCentre.Contracts.Readings;
using OpsCentre.Incidents;
using OpsCentre.Incidents.Pipeline;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Console.Tests;

/// <summary>
/// A real node for console tests: embedded Kafka, a SQLite file and the seeded users file in a temp folder, HTTP on a
/// free port, no city feed (tests publish exactly what they need). <see cref="RestartAsync"/> brings it back on the
/// same port with the same folder, as an operator's browser would see a server restart.
/// </summary>
public sealed class TestNode : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>The interop ingest's bearer token on every test node.</summary>
    public const string IngestToken = "test-ingest-token-0123456789abcdef0123456789abcdef";

    /// <summary>The city camera the shipped Frigate examples' "front_door" camera is mapped to.</summary>
    public const string FrigateCamera = "cam-001";

    private readonly FeedMode _feed;

    private TestNode(string folder, FeedMode feed)
    {
        Folder = folder;
        _feed = feed;
    }

    public string Folder { get; }

    public WebApplication App { get; private set; } = null!;

    /// <summary>Where the node listens; a free port at first, the same one after a restart.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1:0");

    public IServiceProvider Services => App.Services;

    /// <param name="feed">The city feed the node starts: none by default, or the simulated Bristol of opscentre run.</param>
    public static async Task<TestNode> StartAsync(FeedMode feed = FeedMode.None)
    {
        var folder = Path.Combine(Path.GetTempPath(), "opscentre-console-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var node = new TestNode(folder, feed);
        await node.StartAgainAsync();
        return node;
    }

    /// <summary>Stops the node and starts a new one on the same address with the same store, users and keys.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAgainAsync();
    }

    /// <summary>Starts a stopped node again on its address, with its store, users and keys.</summary>
    public async Task StartAgainAsync()
    {
        App = await BuildAndStartAsync(Folder, Address.ToString().TrimEnd('/'), _feed);
        Address = BoundAddress(App);
    }

    public async Task StopAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    public HttpClient Client() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A client signed in as <paramref name="userName"/> (a seeded demo account unless told otherwise).</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string? password = null)
    {
        var client = Client();
        var response = await client.PostAsJsonAsync("/api/session", new { userName, password = password ?? $"{userName}-demo" });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Stores an incident and publishes it on ops.incidents.v1, the way every incident reaches consoles.</summary>
    public async Task<Incident> PublishIncidentAsync(Incident incident)
    {
        await Services.GetRequiredService<IIncidentStore>().UpsertAsync([incident], CancellationToken.None);
        var tracker = new DeliveryTracker();
        Services.GetRequiredService<KafkaPublisher>().Publish(CityTopics.Incidents, incident.IncidentId, JsonSerializer.SerializeToUtf8Bytes(incident, ContractJson.Default.Incident), tracker);
        await tracker.WaitAllDeliveredAsync(CancellationToken.None);
        return incident;
    }

    /// <summary>Publishes an anomaly on ops.anomalies.v1 for the incident stage to raise an incident from.</summary>
    public async Task PublishAnomalyAsync(Anomaly anomaly)
    {
        var tracker = new DeliveryTracker();
        Services.GetRequiredService<KafkaPublisher>().Publish(CityTopics.Anomalies, AnomalyRouting.AreaKey(anomaly.Location), JsonSerializer.SerializeToUtf8Bytes(anomaly, ContractJson.Default.Anomaly), tracker);
        await tracker.WaitAllDeliveredAsync(CancellationToken.None);
    }

    /// <summary>
    /// Waits until the node's live relay reads ops.incidents.v1. It joins the topic at its end, so anything published
    /// before then is never pushed (pages catch up on their next resync); tests that watch pushes wait for this first.
    /// The probe is a closed incident, which no page lists.
    /// </summary>
    public async Task WaitUntilLiveAsync()
    {
        var relay = Services.GetServices<IHostedService>().OfType<LiveIncidentRelay>().Single();
        var probe = SampleIncidents.Collision($"INC-PROBE-{Guid.NewGuid():N}"[..18], priority: 5) with { State = IncidentState.Closed };
        var live = await EventuallyAsync(async () =>
        {
            await PublishIncidentAsync(probe);
            return relay.Relayed > 0;
        }, TimeSpan.FromSeconds(30));
        if (!live)
        {
            throw new TimeoutException("the node's live relay never relayed an incident");
        }
    }

    /// <summary>Publishes camera analytics on city.cctv.v1, as a camera's analytics engine would.</summary>
    public async Task PublishCameraEventsAsync(IEnumerable<CameraEvent> reports)
    {
        var tracker = new DeliveryTracker();
        var publisher = Services.GetRequiredService<KafkaPublisher>();
        foreach (var report in reports)
        {
            publisher.Publish(CityTopics.Cctv, report.AssetId, JsonSerializer.SerializeToUtf8Bytes<CityEvent>(report, ContractJson.Default.CityEvent), tracker);
        }

        await tracker.WaitAllDeliveredAsync(CancellationToken.None);
    }

    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return await condition();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite can hold its WAL file a moment longer on a slow machine; the temp folder is disposable.
        }
    }

    private static async Task<WebApplication> BuildAndStartAsync(string folder, string urls, FeedMode feed)
    {
        var app = await OpsCentreNode.BuildAsync(new NodeOptions
        {
            NodeId = "console-test",
            Urls = urls,
            Store = Path.Combine(folder, "opscentre.db"),
            DataRoot = OpsCentre.Tests.TestData.DataRoot,
            City = new CityOptions { Feed = feed },
            Kafka = new Kafka.KafkaOptions { EmbeddedBrokers = 1, ReplicationFactor = 1, Partitions = 2 },
        }, builder =>
        {
            builder.Configuration[$"{InteropOptions.Section}:IngestToken"] = IngestToken;
            builder.Configuration[$"{InteropOptions.Section}:FrigateCameras:front_door"] = FrigateCamera;
        });
        await app.StartAsync();
        return app;
    }

    private static Uri BoundAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        OpsCentreNode.ConfigureJson(options);
        return options;
    }
}
