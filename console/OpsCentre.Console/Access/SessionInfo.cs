using System.Security.Claims;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Console.Access;

/// <summary>Who is signed in and what the console should offer them (the server enforces it regardless).</summary>
/// <param name="CanActOnIncidents">Operators and supervisors: acknowledge, assign, escalate, resolve.</param>
/// <param name="CanViewOperations">Staff: the queue, map, CCTV and system views.</param>
public sealed record SessionInfo(string UserName, string Role, string? PartnerId, bool CanActOnIncidents, bool CanViewOperations)
{
    public static SessionInfo Of(ClaimsPrincipal user)
    {
        var actor = user.ToActor();
        return new SessionInfo(
            user.Identity!.Name!,
            ConsolePolicies.RoleName(actor.Role),
            user.PartnerId(),
            actor.Role is ActorRole.Operator or ActorRole.Supervisor,
            actor.Role is not ActorRole.Partner);
    }
}
