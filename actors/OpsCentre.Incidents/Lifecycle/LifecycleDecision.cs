using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Incidents.Lifecycle;

/// <summary>The state machine's answer: the next incident and its audit entry, or a refusal with the reason.</summary>
public sealed record LifecycleDecision(Incident? Next, AuditEntry? Audit, string? RefusalReason)
{
    public bool Accepted => Next is not null;

    public static LifecycleDecision Accept(Incident next, AuditEntry audit) => new(next, audit, null);

    public static LifecycleDecision Refuse(string reason) => new(null, null, reason);
}
