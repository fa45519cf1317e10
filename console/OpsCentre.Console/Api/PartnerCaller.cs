using Microsoft.AspNetCore.Http;
using OpsCentre.Alerts.Partners;
using OpsCentre.Console.Access;

namespace OpsCentre.Console.Api;

/// <summary>
/// Who is calling the partner API: a partner system presenting its API key (<c>Authorization: Bearer ocpk_…</c>), or a
/// person signed in to the console with a partner account. Nobody else is a partner.
/// </summary>
public static class PartnerCaller
{
    public static async Task<Partner?> ResolveAsync(HttpContext context, IPartnerRegistry registry, CancellationToken cancellationToken)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return await registry.AuthenticateAsync(authorization["Bearer ".Length..].Trim(), cancellationToken);
        }

        return context.User.PartnerId() is { } partnerId && await registry.GetAsync(partnerId, cancellationToken) is { Active: true } partner ? partner : null;
    }
}
