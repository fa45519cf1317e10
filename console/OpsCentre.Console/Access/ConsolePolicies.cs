using Microsoft.AspNetCore.Authorization;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Console.Access;

/// <summary>
/// Who may reach what. Staff (operators, supervisors, traffic analysts) see the operations picture; only operators and
/// supervisors act on incidents; partner accounts reach nothing but their own alerts (the partner API checks the
/// partner itself). Endpoints with no policy get <see cref="Staff"/> through the fallback policy, so a new endpoint is
/// closed to partners and the anonymous by default; only <see cref="PublicPaths"/> (probes and scrapers) stay open.
/// </summary>
public static class ConsolePolicies
{
    public const string Staff = "console-staff";
    public const string Operations = "console-operations";

    /// <summary>Open to anyone: load balancer health probes and the Prometheus scraper.</summary>
    public static IReadOnlyList<string> PublicPaths { get; } = ["/health", "/metrics"];

    public static string RoleName(ActorRole role) => role.ToString().ToLowerInvariant();

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(RoleName(ActorRole.Operator), RoleName(ActorRole.Supervisor), RoleName(ActorRole.Analyst)));
        options.AddPolicy(Operations, p => p.RequireAuthenticatedUser().RequireRole(RoleName(ActorRole.Operator), RoleName(ActorRole.Supervisor)));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().AddRequirements(new StaffOrPublicPathRequirement(PublicPaths)).Build();
    }
}
