using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Console.Access;

/// <summary>
/// The fallback rule for endpoints that name no policy: met by a signed-in staff member anywhere, and by anyone on a
/// public path. Needed because the node maps /health and /metrics without metadata, and they must stay open to probes.
/// </summary>
public sealed class StaffOrPublicPathRequirement(IReadOnlyList<string> publicPaths)
    : AuthorizationHandler<StaffOrPublicPathRequirement>, IAuthorizationRequirement
{
    private static readonly string[] StaffRoles = [.. new[] { ActorRole.Operator, ActorRole.Supervisor, ActorRole.Analyst }.Select(ConsolePolicies.RoleName)];

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffOrPublicPathRequirement requirement)
    {
        var path = (context.Resource as HttpContext)?.Request.Path ?? PathString.Empty;
        if (requirement.IsPublic(path) || (context.User.Identity?.IsAuthenticated == true && StaffRoles.Any(context.User.IsInRole)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private bool IsPublic(PathString path) => publicPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase));
}
