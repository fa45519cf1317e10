using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace OpsCentre.Console.Views;

/// <summary>GET /api/map/links: the road-link base layer (GeoJSON), gzip when the browser accepts it, 304 on a match.</summary>
public static class MapEndpoints
{
    public static IEndpointRouteBuilder MapMapViews(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/map/links", async (HttpContext context, RoadLinkLayer layer) =>
        {
            MapLayerContent content;
            try
            {
                content = await layer.GetAsync();
            }
            catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
            {
                return Results.Problem(title: "Road links unavailable", detail: e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var headers = context.Response.Headers;
            headers.ETag = content.ETag;
            headers.CacheControl = "private, max-age=300";
            headers.Vary = HeaderNames.AcceptEncoding;
            if (context.Request.Headers.IfNoneMatch.Contains(content.ETag))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            if (context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
            {
                headers.ContentEncoding = "gzip";
                return Results.Bytes(content.Gzip, "application/geo+json");
            }

            return Results.Bytes(content.Json, "application/geo+json");
        });
        return routes;
    }
}
