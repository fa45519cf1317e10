using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsCentre.Console.Live;
using OpsCentre.Console.Metrics;

namespace OpsCentre.Console.Api;

/// <summary>GET /api/system (Kafka, topics, owned partitions, rates) and GET /metrics (Prometheus text).</summary>
public static class SystemEndpoints
{
    public static IEndpointRouteBuilder MapSystemApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/system", (SystemMonitor monitor) => Results.Ok(monitor.Latest))
            .WithName("GetSystem");
        routes.MapGet("/metrics", (PrometheusExposition metrics) =>
            Results.Text(metrics.Render(), "text/plain; version=0.0.4; charset=utf-8"));
        return routes;
    }
}
