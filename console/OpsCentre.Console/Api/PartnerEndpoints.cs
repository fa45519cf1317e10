using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsCentre.Alerts.Acknowledgement;
using OpsCentre.Alerts.Cap;
using OpsCentre.Alerts.Partners;
using OpsCentre.Console.Access;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Console.Api;

/// <summary>
/// For partners (API key or partner sign-in, see <see cref="PartnerCaller"/>): GET /api/partner/alerts (their own,
/// newest first, with the latest CAP message), GET /api/partner/alerts/{id}, POST /api/partner/alerts/{id}/ack
/// (optional JSON body with a reason as the note), POST /api/partner/cap (a CAP Ack referencing our messages). Another
/// partner's alert is a 404, audited as denied. For supervisors: GET/POST /api/partners and PUT /api/partners/{id} to
/// keep the registry; registering returns the partner's credentials, the only time they are shown.
/// </summary>
public static class PartnerEndpoints
{
    public static IEndpointRouteBuilder MapPartnerApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/partner/alerts", async (HttpContext context, IPartnerRegistry registry, PartnerAlertDesk desk, CancellationToken cancellationToken) =>
            await PartnerCaller.ResolveAsync(context, registry, cancellationToken) is not { } partner
                ? NotAPartner()
                : Results.Ok(await desk.ListAsync(partner, int.TryParse(context.Request.Query["limit"], out var limit) ? limit : 100, cancellationToken)))
            .AllowAnonymous();
        routes.MapGet("/api/partner/alerts/{id}", async (string id, HttpContext context, IPartnerRegistry registry, PartnerAlertDesk desk, CancellationToken cancellationToken) =>
            await PartnerCaller.ResolveAsync(context, registry, cancellationToken) is not { } partner ? NotAPartner()
            : await desk.GetAsync(partner, id, cancellationToken) is { } view ? Results.Ok(view)
            : NoSuchAlert(id))
            .AllowAnonymous();
        routes.MapPost("/api/partner/alerts/{id}/ack", async (string id, IncidentActionRequest? body, HttpContext context, IPartnerRegistry registry, PartnerAlertDesk desk, CancellationToken cancellationToken) =>
        {
            if (await PartnerCaller.ResolveAsync(context, registry, cancellationToken) is not { } partner)
            {
                return NotAPartner();
            }

            return await desk.AcknowledgeAsync(partner, id, body?.Reason, cancellationToken) switch
            {
                AcknowledgeOutcome.NotFound => NoSuchAlert(id),
                var outcome => Results.Ok(new { alertId = id, outcome }),
            };
        }).AllowAnonymous();
        routes.MapPost("/api/partner/cap", async (HttpContext context, IPartnerRegistry registry, PartnerAlertDesk desk, CancellationToken cancellationToken) =>
        {
            if (await PartnerCaller.ResolveAsync(context, registry, cancellationToken) is not { } partner)
            {
                return NotAPartner();
            }

            try
            {
                var ack = await new CapXmlReader().ReadAsync(context.Request.Body, cancellationToken);
                return Results.Ok(new { acknowledged = await desk.AcknowledgeCapAsync(partner, ack, cancellationToken) });
            }
            catch (CapRejectedException e)
            {
                return Results.Problem(title: "CAP message refused", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        }).AllowAnonymous();

        routes.MapGet("/api/partners", async (IPartnerRegistry registry, CancellationToken cancellationToken) => Results.Ok(await registry.ListAsync(cancellationToken)))
            .RequireAuthorization(ConsolePolicies.Operations);
        routes.MapPost("/api/partners", async (PartnerRegistration registration, HttpContext context, IPartnerRegistry registry, CancellationToken cancellationToken) =>
        {
            if (!IsSupervisor(context))
            {
                return OnlySupervisors();
            }

            try
            {
                return Results.Ok(await registry.RegisterAsync(registration.ToPartner(), cancellationToken));
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                return Results.Problem(title: "Partner not registered", detail: e.Message, statusCode: e is ArgumentException ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict);
            }
        }).RequireAuthorization(ConsolePolicies.Operations);
        routes.MapPut("/api/partners/{id}", async (string id, PartnerRegistration registration, HttpContext context, IPartnerRegistry registry, CancellationToken cancellationToken) =>
        {
            if (!IsSupervisor(context))
            {
                return OnlySupervisors();
            }

            if (registration.PartnerId != id)
            {
                return Results.Problem(title: "Partner id mismatch", detail: $"the body is for '{registration.PartnerId}', the URL for '{id}'", statusCode: StatusCodes.Status400BadRequest);
            }

            try
            {
                await registry.UpdateAsync(registration.ToPartner(), cancellationToken);
                return Results.NoContent();
            }
            catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
            {
                return Results.Problem(title: "Partner not updated", detail: e.Message, statusCode: e is ArgumentException ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound);
            }
        }).RequireAuthorization(ConsolePolicies.Operations);
        return routes;
    }

    private static bool IsSupervisor(HttpContext context) => context.User.IsInRole(ConsolePolicies.RoleName(ActorRole.Supervisor));

    private static IResult OnlySupervisors() =>
        Results.Problem(title: "Supervisors only", detail: "only a supervisor may change the partner registry", statusCode: StatusCodes.Status403Forbidden);

    private static IResult NotAPartner() =>
        Results.Problem(title: "Partner credentials required", detail: "send Authorization: Bearer <partner API key>, or sign in with a partner account", statusCode: StatusCodes.Status401Unauthorized);

    private static IResult NoSuchAlert(string id) =>
        Results.Problem(title: "No such alert", detail: $"alert '{id}' does not exist", statusCode: StatusCodes.Status404NotFound);
}
