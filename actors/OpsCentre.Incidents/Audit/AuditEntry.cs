namespace OpsCentre.Incidents.Audit;

/// <summary>
/// One line of the audit trail: who did what to which subject, when, why, and whether it happened.
/// </summary>
/// <param name="Subject">What kind of thing was acted on (<see cref="AuditSubjects"/>).</param>
/// <param name="Action">The verb, e.g. "acknowledge", "raise", "evidence-added", "partner-ack".</param>
/// <param name="Version">The subject's version the action produced (incidents), when it changed one.</param>
public sealed record AuditEntry(
    string Subject,
    string SubjectId,
    string Action,
    AuditOutcome Outcome,
    Actor Actor,
    DateTimeOffset At,
    string? Reason = null,
    string? FromState = null,
    string? ToState = null,
    long? Version = null);
