using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsCentre.Congestion.Fiware;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// Open data, no sign-in: every road link's current state as FIWARE TrafficFlowObserved entities through the
/// NGSI-LD API's read operations. GET /ngsi-ld/v1/entities?type=TrafficFlowObserved pages with "limit" (default 20)
/// and "offset", counts with count=true (NGSILD-Results-Count) and links the next page; GET
/// /ngsi-ld/v1/entities/{id} returns one entity or 404. Entities carry a road link's name, geometry, speed, vehicle
/// count and congestion flag, never anything about a person. Answers are application/ld+json with the @context
/// inline, as the spec asks when the client does not insist on plain JSON.
/// </summary>
public static class NgsiLdEndpoints
{
    public const string BasePath = "/ngsi-ld/v1/entities";
    private const string LdJson = "application/ld+json";
    private const int DefaultLimit = 20;

    public static IEndpointRouteBuilder MapNgsiLdOpenData(this IEndpointRouteBuilder routes)
    {
        var entities = routes.MapGroup(BasePath).AllowAnonymous();
        entities.MapGet(string.Empty, QueryAsync);
        entities.MapGet("/{id}", ReadAsync);
        return routes;
    }

    private static async Task<IResult> QueryAsync(HttpContext context, CurrentCongestion current, CongestionOptions options)
    {
        var query = context.Request.Query;
        OpenToEveryone(context.Response);
        var type = query["type"].ToString();
        if (type.Length == 0)
        {
            return NgsiLdError.BadRequest("Entity type required", $"give type={TrafficFlowObservedMapper.EntityType}: a query needs a type, and this endpoint serves only that one");
        }

        if (type != TrafficFlowObservedMapper.EntityType)
        {
            return NgsiLdError.BadRequest("Unsupported entity type", $"type '{type}' is not served here; the only entity type is {TrafficFlowObservedMapper.EntityType}");
        }

        if (!TryReadInteger(query, "limit", DefaultLimit, 0, options.NgsiLdMaxLimit, out var limit, out var limitError))
        {
            return NgsiLdError.BadRequest("Invalid limit", limitError!);
        }

        if (!TryReadInteger(query, "offset", 0, 0, int.MaxValue, out var offset, out var offsetError))
        {
            return NgsiLdError.BadRequest("Invalid offset", offsetError!);
        }

        var count = query["count"].ToString();
        if (count.Length > 0 && count is not ("true" or "false"))
        {
            return NgsiLdError.BadRequest("Invalid count", $"count: '{count}' must be true or false");
        }

        if (limit == 0 && count != "true")
        {
            return NgsiLdError.BadRequest("Invalid limit", "limit=0 asks for no entities, which only makes sense with count=true");
        }

        var observed = await current.ObservedAsync(context.RequestAborted).ConfigureAwait(false);
        var mapper = MapperOptions(options);
        var page = new JsonArray([.. observed.Skip(offset).Take(limit).Select(o => (JsonNode)TrafficFlowObservedMapper.ToNormalizedEntity(o.State, o.Link, mapper))]);
        if (count == "true")
        {
            context.Response.Headers["NGSILD-Results-Count"] = observed.Count.ToString(CultureInfo.InvariantCulture);
        }

        if (limit > 0 && (long)offset + limit < observed.Count)
        {
            context.Response.Headers.Link = $"<{BasePath}?type={TrafficFlowObservedMapper.EntityType}&limit={limit}&offset={offset + limit}>; rel=\"next\"; type=\"{LdJson}\"";
        }

        return Results.Text(page.ToJsonString(), LdJson);
    }

    private static async Task<IResult> ReadAsync(string id, HttpContext context, CurrentCongestion current, CongestionOptions options)
    {
        OpenToEveryone(context.Response);
        if (!Uri.TryCreate(id, UriKind.Absolute, out _))
        {
            return NgsiLdError.BadRequest("Invalid entity id", $"'{id}' is not a URI; entity ids look like {TrafficFlowObservedMapper.EntityId("link-02-E")}");
        }

        var observed = await current.ObservedAsync(context.RequestAborted).ConfigureAwait(false);
        foreach (var (link, state) in observed)
        {
            if (TrafficFlowObservedMapper.EntityId(link.Id) == id)
            {
                return Results.Text(TrafficFlowObservedMapper.ToNormalizedEntity(state, link, MapperOptions(options)).ToJsonString(), LdJson);
            }
        }

        return NgsiLdError.NotFound("Entity not found", $"no entity '{id}': it is not a road link of this city, or the link has not reported yet");
    }

    private static TrafficFlowObservedOptions MapperOptions(CongestionOptions options) => new() { ObservationPeriod = options.Interval };

    // The feed holds no personal data and no cookie grants more, so any web page may read it.
    private static void OpenToEveryone(HttpResponse response) => response.Headers.AccessControlAllowOrigin = "*";

    private static bool TryReadInteger(IQueryCollection query, string name, int fallback, int min, int max, out int value, out string? error)
    {
        error = null;
        value = fallback;
        if (!query.TryGetValue(name, out var text))
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            error = $"{name}: '{text}' must be a whole number from {min} to {max}";
            return false;
        }

        return true;
    }
}
