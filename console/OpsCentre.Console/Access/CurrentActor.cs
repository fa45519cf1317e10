using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Console.Access;

/// <summary>
/// The <see cref="Actor"/> behind a request, for audit and for the lifecycle's role checks. Endpoints that change
/// anything call <c>context.RequestActor()</c> and pass the result on; it is built from the sign-in cookie only, never
/// from anything the request body says.
/// </summary>
public static class CurrentActor
{
    /// <summary>The signed-in actor; partners act under their partner id so alert ownership checks compare like with like.</summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        if (user.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            throw new InvalidOperationException("no signed-in user: the endpoint must require authorization before asking for the actor");
        }

        var role = user.FindFirstValue(ClaimTypes.Role) is { } value && Enum.TryParse<ActorRole>(value, ignoreCase: true, out var parsed) && parsed != ActorRole.System
            ? parsed
            : throw new InvalidOperationException($"signed-in user {name} carries no console role");
        return role == ActorRole.Partner ? new Actor(user.PartnerId() ?? name, role) : new Actor(name, role);
    }

    public static Actor RequestActor(this HttpContext context) => context.User.ToActor();

    /// <summary>The partner a partner account acts for; null for staff and the anonymous.</summary>
    public static string? PartnerId(this ClaimsPrincipal user) =>
        user.IsInRole(ConsolePolicies.RoleName(ActorRole.Partner)) ? user.FindFirstValue(ConsoleClaims.PartnerId) : null;
}
