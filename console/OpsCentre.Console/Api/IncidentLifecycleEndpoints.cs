using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsCentre.Alerts.Alerting;
using OpsCentre.Console.Access;
using OpsCentre.Incidents;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Lifecycle;
using OpsCentre.Incidents.Outcomes;

namespace OpsCentre.Console.Api;

/// <summary>
/// The incident lifecycle over HTTP, for operators and supervisors:
/// POST /api/incidents/{id}/ack|assign|escalate|resolve|close|reopen (JSON body: reason, assignee for assign),
/// POST /api/incidents/{id}/outcome (verdict TruePositive|FalsePositive, reason as the note),
/// POST /api/incidents/{id}/checklist/{stepId} (tick a procedure step);
/// and for all staff GET /api/incidents/{id}/audit, GET /api/incidents/{id}/alerts and
/// GET /api/incidents/reports/precision (from, to). A refused transition is a 409 whose detail says why.
/// </summary>
public static class IncidentLifecycleEndpoints
{
    private static readonly IReadOnlyDictionary<string, LifecycleAction> Actions = new Dictionary<string, LifecycleAction>(StringComparer.Ordinal)
    {
        ["ack"] = LifecycleAction.Acknowledge,
        ["assign"] = LifecycleAction.Assign,
        ["escalate"] = LifecycleAction.Escalate,
        ["resolve"] = LifecycleAction.Resolve,
        ["close"] = LifecycleAction.Close,
        ["reopen"] = LifecycleAction.Reopen,
    };

    public static IEndpointRouteBuilder MapIncidentApi(this IEndpointRouteBuilder routes)
    {
        foreach (var (verb, action) in Actions)
        {
            routes.MapPost($"/api/incidents/{{id}}/{verb}", (string id, IncidentActionRequest? body, HttpContext context, IncidentLifecycle lifecycle, CancellationToken cancellationToken) =>
                ApplyAsync(lifecycle, id, new LifecycleRequest(action, context.RequestActor(), body?.Reason, Assignee: body?.Assignee), cancellationToken))
                .RequireAuthorization(ConsolePolicies.Operations);
        }

        routes.MapPost("/api/incidents/{id}/outcome", (string id, IncidentActionRequest body, HttpContext context, IncidentLifecycle lifecycle, CancellationToken cancellationToken) =>
            ApplyAsync(lifecycle, id, new LifecycleRequest(LifecycleAction.RecordOutcome, context.RequestActor(), body.Reason, Verdict: body.Verdict), cancellationToken))
            .RequireAuthorization(ConsolePolicies.Operations);
        routes.MapPost("/api/incidents/{id}/checklist/{stepId}", (string id, string stepId, HttpContext context, IncidentLifecycle lifecycle, CancellationToken cancellationToken) =>
            ApplyAsync(lifecycle, id, new LifecycleRequest(LifecycleAction.TickStep, context.RequestActor(), StepId: stepId), cancellationToken))
            .RequireAuthorization(ConsolePolicies.Operations);

        routes.MapGet("/api/incidents/{id}/audit", async (string id, IIncidentStore store, IAuditLog audit, CancellationToken cancellationToken) =>
            await store.GetAsync(id, cancellationToken) is null
                ? NoSuchIncident(id)
                : Results.Ok(await audit.ForSubjectAsync(AuditSubjects.Incident, id, cancellationToken)));
        routes.MapGet("/api/incidents/{id}/alerts", async (string id, IAlertStore alerts, CancellationToken cancellationToken) =>
        {
            var views = new List<object>();
            foreach (var alert in await alerts.ForIncidentAsync(id, cancellationToken))
            {
                views.Add(new { alert, messages = await alerts.MessagesAsync(alert.AlertId, cancellationToken) });
            }

            return Results.Ok(views);
        });
        routes.MapGet("/api/incidents/reports/precision", async (HttpRequest request, IIncidentStore store, CancellationToken cancellationToken) =>
        {
            var from = Time(request, "from");
            var to = Time(request, "to");
            if ((from.Error ?? to.Error) is { } error)
            {
                return Results.Problem(title: "Invalid report period", detail: error, statusCode: StatusCodes.Status400BadRequest);
            }

            var judged = await store.QueryAsync(new IncidentQuery(From: from.Value, To: to.Value, Limit: IncidentQuery.MaxLimit), cancellationToken);
            return Results.Ok(DetectorPrecisionReport.From(judged));
        });
        return routes;
    }

    private static async Task<IResult> ApplyAsync(IncidentLifecycle lifecycle, string id, LifecycleRequest request, CancellationToken cancellationToken)
    {
        var result = await lifecycle.ApplyAsync(id, request, cancellationToken);
        return result.Status switch
        {
            LifecycleStatus.Applied => Results.Ok(result.Incident),
            LifecycleStatus.NotFound => NoSuchIncident(id),
            _ => Results.Problem(title: $"Cannot {IncidentStateMachine.Verb(request.Action)} {id}", detail: result.Reason, statusCode: StatusCodes.Status409Conflict),
        };
    }

    private static IResult NoSuchIncident(string id) =>
        Results.Problem(title: "No such incident", detail: $"incident '{id}' does not exist", statusCode: StatusCodes.Status404NotFound);

    private static (DateTimeOffset? Value, string? Error) Time(HttpRequest request, string name) =>
        !request.Query.TryGetValue(name, out var raw) ? (null, null)
        : DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? (parsed, null)
        : (null, $"{name}: '{raw}' is not an ISO 8601 time (e.g. 2026-11-22T08:00:00Z)");
}
