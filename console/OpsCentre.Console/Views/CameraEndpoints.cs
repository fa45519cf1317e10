using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpsCentre.Console.Views;

/// <summary>The CCTV panel's data: GET /api/views/cameras (one row per camera) and /api/views/cameras/{id} (its chart and events).</summary>
public static class CameraEndpoints
{
    public static IEndpointRouteBuilder MapCameraViews(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/views/cameras", (CameraActivityBoard board) => Results.Ok(board.Summaries()));
        routes.MapGet("/api/views/cameras/{id}", (string id, CameraActivityBoard board) =>
            board.Timeline(id) is { } timeline
                ? Results.Ok(timeline)
                : Results.Problem(title: "No analytics from this camera", detail: $"camera '{id}' has sent no analytics since this node started", statusCode: StatusCodes.Status404NotFound));
        return routes;
    }
}
