using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsCentre.Assets.Queries;
using OpsCentre.Assets.State;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Console.Api;

/// <summary>
/// GET /api/assets (filters: kind, status, bbox=south,west,north,east, limit) lists the city's assets with their
/// status; GET /api/assets/{id} returns one asset's state, recent readings, health and open incidents. Bad filters
/// are a 400 that names the parameter and what was wrong.
/// </summary>
public static class AssetEndpoints
{
    public static IEndpointRouteBuilder MapAssetApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/assets", async (HttpRequest request, AssetQueries assets, CancellationToken cancellationToken) =>
        {
            var (filter, error) = ParseFilter(request.Query);
            return error is not null
                ? Results.Problem(title: "Invalid asset filter", detail: error, statusCode: StatusCodes.Status400BadRequest)
                : Results.Ok(await assets.ListAsync(filter!, cancellationToken));
        });
        routes.MapGet("/api/assets/{id}", async (string id, AssetQueries assets, CancellationToken cancellationToken) =>
            await assets.DescribeAsync(id, cancellationToken) is { } detail
                ? Results.Ok(detail)
                : Results.Problem(title: "No such asset", detail: $"asset '{id}' is not in the catalogue and has no state", statusCode: StatusCodes.Status404NotFound));
        return routes;
    }

    internal static (AssetFilter? Filter, string? Error) ParseFilter(IQueryCollection query)
    {
        AssetKind? kind = null;
        if (query.TryGetValue("kind", out var k))
        {
            if (!Enum.TryParse<AssetKind>(k, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return (null, $"kind: '{k}' is not one of {string.Join(", ", Enum.GetNames<AssetKind>())}");
            }

            kind = parsed;
        }

        AssetStatus? status = null;
        if (query.TryGetValue("status", out var s))
        {
            if (!Enum.TryParse<AssetStatus>(s, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return (null, $"status: '{s}' is not one of {string.Join(", ", Enum.GetNames<AssetStatus>())}");
            }

            status = parsed;
        }

        (double, double, double, double)? area = null;
        if (query.TryGetValue("bbox", out var bbox))
        {
            var parts = bbox.ToString().Split(',');
            var numbers = new double[parts.Length];
            if (parts.Length != 4 || parts.Where((part, i) => !double.TryParse(part, CultureInfo.InvariantCulture, out numbers[i])).Any()
                || numbers[0] > numbers[2] || numbers[1] > numbers[3] || numbers[0] < -90 || numbers[2] > 90 || numbers[1] < -180 || numbers[3] > 180)
            {
                return (null, $"bbox: '{bbox}' must be south,west,north,east in degrees (south ≤ north, west ≤ east, within ±90/±180)");
            }

            area = (numbers[0], numbers[1], numbers[2], numbers[3]);
        }

        var limit = AssetFilter.DefaultLimit;
        if (query.TryGetValue("limit", out var l) && (!int.TryParse(l, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > AssetFilter.MaxLimit))
        {
            return (null, $"limit: '{l}' must be 1..{AssetFilter.MaxLimit}");
        }

        return (new AssetFilter(kind, status, area, limit), null);
    }
}
