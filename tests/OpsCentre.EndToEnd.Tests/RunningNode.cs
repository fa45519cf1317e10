using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpsCentre.Console.Node;
using OpsCentre.Kafka;

namespace OpsCentre.EndToEnd.Tests;

/// <summary>
/// A real OpsCentre node for a test: embedded 3-broker Kafka, a fresh SQLite file, the console on a free port.
/// Stopped and deleted on dispose.
/// </summary>
public sealed class RunningNode : IAsyncDisposable
{
    private readonly string _folder;

    private RunningNode(WebApplication app, string folder, Uri address)
    {
        App = app;
        _folder = folder;
        Address = address;
        // A cookie container keeps the session cookie, as a browser would.
        Http = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => App.Services;

    public KafkaConnection Kafka => Services.GetRequiredService<KafkaConnection>();

    public static async Task<RunningNode> StartAsync(Func<NodeOptions, NodeOptions>? customise = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "opscentre-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var options = new NodeOptions
        {
            NodeId = "e2e",
            Urls = "http://127.0.0.1:0",
            Store = Path.Combine(folder, "opscentre.db"),
            DataRoot = OpsCentre.Tests.TestData.DataRoot,
            City = new CityOptions { Feed = FeedMode.None },
        };
        var app = await OpsCentreNode.BuildAsync(customise?.Invoke(options) ?? options);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningNode(app, folder, new Uri(address));
    }

    /// <summary>Polls until <paramref name="condition"/> holds or the timeout passes; returns whether it held.</summary>
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

    /// <summary>Signs in with one of the seeded demo accounts (see console/OpsCentre.Console/Access/README.md).</summary>
    public async Task SignInAsync(string userName = "operator", string password = "operator-demo")
    {
        using var response = await Http.PostAsJsonAsync("/api/session", new { userName, password });
        response.EnsureSuccessStatusCode();
    }

    public async Task<T> GetJsonAsync<T>(string path) =>
        (await Http.GetFromJsonAsync<T>(path, ApiJson.Options))!;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the WAL file for a moment on a slow machine; the temp folder is disposable.
        }
    }
}
