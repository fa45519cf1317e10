using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsCentre.Alerts.Cap;
using OpsCentre.Alerts.Feeds;
using OpsCentre.Console.Access;

namespace OpsCentre.Console.Api;

/// <summary>
/// POST /api/feeds/cap?feed=name: an operator or supervisor hands in an external CAP 1.2 warning (body: the XML), which
/// may raise, update or resolve an incident. Hostile or invalid documents are a 400 that says why.
/// </summary>
public static class IncidentFeedEndpoints
{
    public static IEndpointRouteBuilder MapIncidentFeeds(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/feeds/cap", async (HttpContext context, CapFeedIngestor ingestor, CancellationToken cancellationToken) =>
        {
            var feed = context.Request.Query["feed"].ToString() is { Length: > 0 } name ? name : "manual";
            try
            {
                return Results.Ok(await ingestor.IngestAsync(context.Request.Body, feed, cancellationToken));
            }
            catch (CapRejectedException e)
            {
                return Results.Problem(title: "CAP message refused", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        }).RequireAuthorization(ConsolePolicies.Operations);
        return routes;
    }
}
