using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsCentre.Console.Api;
using OpsCentre.Console.Congestion;
using OpsCentre.Console.Interop;
using OpsCentre.Console.Live;
using OpsCentre.Console.Metrics;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Publishing;
using OpsCentre.Storage;
using OpsCentre.Storage.Incidents;
using OpsCentre.Storage.Sql;
using OpsCentre.Incidents;
using OpsCentre.Incidents.Correlation;

namespace OpsCentre.Console.Node;

/// <summary>
/// The composition root of one OpsCentre node: Kafka (embedded or real), the store, the processing stages, the
/// live relay and the console's HTTP surface, in one ASP.NET Core host.
/// </summary>
public static class OpsCentreNode
{
    /// <summary>Builds (does not start) a node. <paramref name="configure"/> lets the CLI and tests add services.</summary>
    public static async Task<WebApplication> BuildAsync(NodeOptions options, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });

        var kafka = KafkaConnection.Open(options.Kafka);
        var database = await Database.OpenAsync(StoreLocation.Parse(options.Store), cancellationToken).ConfigureAwait(false);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        // Registered through factories so the container owns them: it disposes in reverse order of creation, so the
        // Kafka clients and store users go first and the embedded cluster and database last.
        services.AddSingleton(_ => kafka);
        services.AddSingleton(_ => database);
        services.AddSingleton<IIncidentStore, SqlIncidentStore>();
        services.AddSingleton(sp => new KafkaPublisher(kafka, $"{options.NodeId}-producer", sp.GetRequiredService<ILogger<KafkaPublisher>>()));
        services.AddSingleton<DeadLetterPublisher>();
        services.AddSingleton<PrometheusExposition>();
        services.AddHostedService<TopicSetupService>();
        services.AddSingleton<SystemMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<SystemMonitor>());
        services.AddHostedService<LiveIncidentRelay>();
        services.AddSignalR().AddJsonProtocol(o => ConfigureJson(o.PayloadSerializerOptions));
        services.Configure<JsonOptions>(o => ConfigureJson(o.SerializerOptions));
        services.AddProblemDetails();
        services.AddHealthChecks().AddCheck<NodeHealthCheck>("node");
        services.AddConsoleFeatures(options);
        // Before the city stage: the registry relay's tail opens first, so run-time assets are known when it decodes.
        services.AddInterop();
        var catalogue = services.AddCity(options);
        services.AddSingleton<IRoadNetwork>(RoadLinkGraph.Build(catalogue.Static));
        services.AddCongestion(options);
        services.AddAssetApi();
        services.AddIncidentServices(options.Incidents with { RunAlertRouter = options.RunPipeline, RunTimers = options.RunPipeline });
        if (options.RunPipeline)
        {
            services.AddIncidentStage();
        }

        configure?.Invoke(builder);

        var app = builder.Build();
        // Resolve both first so they are the first singletons created and so the last disposed.
        _ = app.Services.GetRequiredService<KafkaConnection>();
        _ = app.Services.GetRequiredService<Database>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseConsoleFeatures();
        app.MapHealthChecks("/health", HealthResponse.Options);
        app.MapSystemApi();
        app.MapIncidentReads();
        app.MapIncidentServices();
        app.MapAssetApi();
        app.MapCongestion();
        app.MapInterop();
        app.MapHub<LiveHub>("/hubs/live");
        app.MapConsoleFeatures();
        return app;
    }

    public static void ConfigureJson(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        if (!json.Converters.OfType<JsonStringEnumConverter>().Any())
        {
            json.Converters.Add(new JsonStringEnumConverter());
        }
    }
}
