using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents;

namespace OpsCentre.Console.Api;

/// <summary>
/// GET /api/incidents (filters: state, maxPriority, kind, bbox=south,west,north,east, from, to, limit) and
/// GET /api/incidents/{id}. Bad filters are a 400 that names the parameter and what was wrong.
/// </summary>
public static class IncidentReadEndpoints
{
    public static IEndpointRouteBuilder MapIncidentReads(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/incidents", async (HttpRequest request, IIncidentStore store, CancellationToken cancellationToken) =>
        {
            var (query, error) = ParseQuery(request.Query);
            return error is not null
                ? Results.Problem(title: "Invalid incident filter", detail: error, statusCode: StatusCodes.Status400BadRequest)
                : Results.Ok(await store.QueryAsync(query!, cancellationToken));
        });
        routes.MapGet("/api/incidents/{id}", async (string id, IIncidentStore store, CancellationToken cancellationToken) =>
            await store.GetAsync(id, cancellationToken) is { } incident
                ? Results.Ok(incident)
                : Results.Problem(title: "No such incident", detail: $"incident '{id}' does not exist", statusCode: StatusCodes.Status404NotFound));
        return routes;
    }

    internal static (IncidentQuery? Query, string? Error) ParseQuery(IQueryCollection q)
    {
        HashSet<IncidentState>? states = null;
        if (q.TryGetValue("state", out var stateValues))
        {
            states = [];
            foreach (var value in stateValues.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                if (!Enum.TryParse<IncidentState>(value, ignoreCase: true, out var state))
                {
                    return (null, $"state: '{value}' is not one of {string.Join(", ", Enum.GetNames<IncidentState>())}");
                }

                states.Add(state);
            }
        }

        int? maxPriority = null;
        if (q.TryGetValue("maxPriority", out var p))
        {
            if (!int.TryParse(p, CultureInfo.InvariantCulture, out var parsed) || parsed is < 1 or > 5)
            {
                return (null, $"maxPriority: '{p}' must be a whole number from 1 to 5");
            }

            maxPriority = parsed;
        }

        (double, double, double, double)? area = null;
        if (q.TryGetValue("bbox", out var bbox))
        {
            var parts = bbox.ToString().Split(',');
            if (parts.Length != 4 || !parts.All(x => double.TryParse(x, CultureInfo.InvariantCulture, out _)))
            {
                return (null, $"bbox: '{bbox}' must be south,west,north,east in degrees");
            }

            var n = parts.Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            if (n[0] > n[2] || n[1] > n[3] || n[0] < -90 || n[2] > 90 || n[1] < -180 || n[3] > 180)
            {
                return (null, $"bbox: '{bbox}' is not a valid box (south ≤ north, west ≤ east, within ±90/±180)");
            }

            area = (n[0], n[1], n[2], n[3]);
        }

        if (!TryTime(q, "from", out var from, out var fromError))
        {
            return (null, fromError);
        }

        if (!TryTime(q, "to", out var to, out var toError))
        {
            return (null, toError);
        }

        var limit = 200;
        if (q.TryGetValue("limit", out var l) && (!int.TryParse(l, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > IncidentQuery.MaxLimit))
        {
            return (null, $"limit: '{l}' must be 1..{IncidentQuery.MaxLimit}");
        }

        var kind = q.TryGetValue("kind", out var k) ? k.ToString() : null;
        return (new IncidentQuery(states, maxPriority, kind, area, from, to, limit), null);
    }

    private static bool TryTime(IQueryCollection q, string name, out DateTimeOffset? value, out string? error)
    {
        value = null;
        error = null;
        if (!q.TryGetValue(name, out var raw))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            value = parsed;
            return true;
        }

        error = $"{name}: '{raw}' is not an ISO 8601 time (e.g. 2026-11-22T08:00:00Z)";
        return false;
    }
}
