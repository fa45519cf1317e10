using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpsCentre.Console.Access;

/// <summary>
/// Sign-in for people: POST /api/session (name + password → HttpOnly, SameSite=Strict cookie), GET /api/session (who am
/// I), DELETE /api/session (sign out). Wrong name and wrong password get the same answer.
/// </summary>
public static class SessionEndpoints
{
    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/session", SignInAsync).AllowAnonymous();
        routes.MapGet("/api/session", (ClaimsPrincipal user) => Results.Ok(SessionInfo.Of(user))).RequireAuthorization();
        routes.MapDelete("/api/session", async (HttpContext context, SessionAudit audit, CancellationToken cancellationToken) =>
        {
            var actor = context.RequestActor();
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            await audit.SignedOutAsync(actor, context.User.Identity!.Name!, cancellationToken);
            return Results.NoContent();
        }).RequireAuthorization();
        return routes;
    }

    private static async Task<IResult> SignInAsync(
        SignInRequest request, HttpContext context, UserDirectory users, SignInThrottle throttle, SessionAudit audit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return Results.Problem(title: "Sign-in needs a user name and a password", statusCode: StatusCodes.Status400BadRequest);
        }

        var name = request.UserName.Trim();
        if (throttle.LockedFor(name) is { } wait)
        {
            await audit.RefusedAsync(name, "locked after repeated failures", cancellationToken);
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(
                title: "Too many failed sign-ins",
                detail: $"Sign-in for this account is paused for {Math.Ceiling(wait.TotalMinutes):0} min after repeated failures.",
                statusCode: StatusCodes.Status429TooManyRequests);
        }

        if (users.Verify(name, request.Password) is not { } user)
        {
            throttle.Failed(name);
            await audit.RefusedAsync(name, "unknown user name or wrong password", cancellationToken);
            return Results.Problem(title: "Sign-in failed", detail: "The user name or password is not right.", statusCode: StatusCodes.Status401Unauthorized);
        }

        throttle.Succeeded(name);
        var principal = Principal(user);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, new AuthenticationProperties { IsPersistent = false });
        await audit.SignedInAsync(user, cancellationToken);
        return Results.Ok(SessionInfo.Of(principal));
    }

    public static ClaimsPrincipal Principal(ConsoleUser user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.Role, ConsolePolicies.RoleName(user.Role)),
        };
        if (user.PartnerId is { } partner)
        {
            claims.Add(new Claim(ConsoleClaims.PartnerId, partner));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
