using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpsCentre.Incidents.Sla;

namespace OpsCentre.Console.Views;

/// <summary>
/// Data only the console's pages need: GET /api/views/topics (messages per second per topic) and GET /api/views/sla
/// (the service levels the queue counts down to).
/// </summary>
public static class SystemViewEndpoints
{
    public static IEndpointRouteBuilder MapSystemViews(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/views/topics", (TopicFlowMonitor monitor) => Results.Ok(monitor.Latest));
        routes.MapGet("/api/views/sla", (IServiceProvider services) =>
        {
            // The node registers SlaOptions when it runs the SLA monitor; otherwise the defaults are what applies.
            var sla = services.GetService<SlaOptions>() ?? new SlaOptions();
            return Results.Ok(new ServiceLevels(
                [.. sla.AcknowledgeWithin.Select(t => (int)t.TotalSeconds)],
                [.. sla.ResolveWithin.Select(t => (int)t.TotalSeconds)]));
        });
        return routes;
    }
}
