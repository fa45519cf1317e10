using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpsCentre.Console.Api;
using OpsCentre.Console.Node;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;
using OpsCentre.Kafka.Publishing;
using OpsCentre.Scaling.Tests.Support;
using OpsCentre.Tests;

namespace OpsCentre.Scaling.Tests.Api;

/// <summary>GET /api/assets and /api/assets/{id} on a real node, signed in as an operator.</summary>
public sealed class AssetApiTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "opscentre-asset-api-" + Guid.NewGuid().ToString("N")[..8]);
    private WebApplication _node = null!;
    private HttpClient _operator = null!;

    public async Task InitializeAsync()
    {
        _node = await OpsCentreNode.BuildAsync(
            new NodeOptions { NodeId = "api", Urls = "http://127.0.0.1:0", Store = Path.Combine(_folder, "node.db"), DataRoot = TestData.DataRoot, City = new CityOptions { Feed = FeedMode.None } },
            builder => builder.Services.AddAssetApi());
        // Until the node maps the asset API itself.
        if (!((IEndpointRouteBuilder)_node).DataSources.SelectMany(s => s.Endpoints).Any(e => e.DisplayName?.Contains("/api/assets", StringComparison.Ordinal) == true))
        {
            _node.MapAssetApi();
        }

        await _node.StartAsync();
        var address = _node.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _operator = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
        (await _operator.PostAsJsonAsync("/api/session", new { userName = "operator", password = "operator-demo" })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task An_asset_that_reports_is_listed_with_its_status_and_described_with_its_readings()
    {
        var now = DateTimeOffset.UtcNow;
        await PublishAsync(Enumerable.Range(0, 5).Select(i => new SensorReading("aq-001", now.AddMinutes(i - 5), Quantity.No2, 30 + i)));

        var listed = await EventuallyListedAsync("aq-001", observations: 5);
        using var detail = JsonDocument.Parse(await _operator.GetStringAsync("/api/assets/aq-001"));

        Assert.Equal("Online", listed.GetProperty("status").GetString());
        var root = detail.RootElement;
        Assert.Equal(("live", "AirQualityMonitor"), (root.GetProperty("source").GetString(), root.GetProperty("kind").GetString()));
        var no2 = root.GetProperty("signals").EnumerateArray().Single();
        Assert.Equal("no2", no2.GetProperty("signal").GetString());
        Assert.Equal([30.0, 31, 32, 33, 34], no2.GetProperty("recent").EnumerateArray().Select(r => r.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task The_list_filters_by_kind_and_the_catalogue_answers_for_assets_that_never_reported()
    {
        var cameras = await _operator.GetFromJsonAsync<JsonElement[]>("/api/assets?kind=camera&limit=5");
        using var quiet = JsonDocument.Parse(await _operator.GetStringAsync("/api/assets/cam-001"));

        Assert.Equal(5, cameras!.Length);
        Assert.All(cameras, c => Assert.Equal("Camera", c.GetProperty("kind").GetString()));
        Assert.Equal("none", quiet.RootElement.GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_bad_filter_is_a_400_naming_the_parameter_and_an_unknown_asset_a_404()
    {
        var badStatus = await _operator.GetAsync("/api/assets?status=sleepy");
        var badBox = await _operator.GetAsync("/api/assets?bbox=52,-2,51,-3");
        var unknown = await _operator.GetAsync("/api/assets/cam-does-not-exist");

        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Contains("status", await badStatus.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badBox.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_asset_api_is_closed_to_anyone_not_signed_in()
    {
        using var anonymous = new HttpClient { BaseAddress = _operator.BaseAddress };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/assets")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        _operator.Dispose();
        await _node.StopAsync();
        await _node.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task PublishAsync(IEnumerable<CityEvent> readings)
    {
        var tracker = new DeliveryTracker();
        var publisher = _node.Services.GetRequiredService<KafkaPublisher>();
        foreach (var reading in readings)
        {
            publisher.Publish(CityTopics.Sensors, reading.AssetId, JsonSerializer.SerializeToUtf8Bytes(reading, ContractJson.Default.CityEvent), tracker);
        }

        await tracker.WaitAllDeliveredAsync(CancellationToken.None);
    }

    private async Task<JsonElement> EventuallyListedAsync(string assetId, long observations)
    {
        JsonElement? found = null;
        await Eventually.Async(async () =>
        {
            var list = await _operator.GetFromJsonAsync<JsonElement[]>("/api/assets?kind=AirQualityMonitor");
            found = list!.FirstOrDefault(a => a.GetProperty("assetId").GetString() == assetId && a.GetProperty("observations").GetInt64() >= observations);
            return found is { ValueKind: JsonValueKind.Object };
        }, TimeSpan.FromSeconds(60));
        return found is { ValueKind: JsonValueKind.Object } listing ? listing : throw new TimeoutException($"{assetId} was never listed with {observations} observations");
    }
}
