using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsCentre.Console.Access;
using OpsCentre.Console.Node;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Storage.Congestion;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// Congestion analytics in the node: the congestion stage (city.traffic.v1 → link intervals in the store + live
/// link state) when the node runs the pipeline, the traffic team's API for staff, and the open-data NGSI-LD feed.
/// Needs the city (its catalogue, and with the pipeline its decoder) registered first.
/// </summary>
public static class CongestionFeatures
{
    public static IServiceCollection AddCongestion(this IServiceCollection services, NodeOptions node)
    {
        services.AddSingleton(sp =>
            (sp.GetRequiredService<IConfiguration>().GetSection(CongestionOptions.Section).Get<CongestionOptions>() ?? new CongestionOptions()).Validated());
        services.AddSingleton<CongestionNetwork>();
        services.AddSingleton<ILinkIntervalStore>(sp => new SqlLinkIntervalStore(sp.GetRequiredService<Database>()));
        services.AddSingleton<LiveCongestionBoard>();
        services.AddSingleton<CongestionQueries>();
        services.AddSingleton<CurrentCongestion>();
        if (node.RunPipeline)
        {
            services.AddConsumerStage(PipelineStages.Congestion, [CityTopics.Traffic], sp => new CongestionStageFactory(
                sp.GetRequiredService<CityEventDecoder>(),
                sp.GetRequiredService<ILinkIntervalStore>(),
                sp.GetRequiredService<CongestionNetwork>(),
                sp.GetRequiredService<LiveCongestionBoard>(),
                sp.GetRequiredService<CongestionOptions>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>()));
        }

        return services;
    }

    public static WebApplication MapCongestion(this WebApplication app)
    {
        app.MapGroup(string.Empty).RequireAuthorization(ConsolePolicies.Staff).MapCongestionViews();
        app.MapNgsiLdOpenData();
        return app;
    }
}
