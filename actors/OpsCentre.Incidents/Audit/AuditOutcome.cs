namespace OpsCentre.Incidents.Audit;

public enum AuditOutcome
{
    /// <summary>The action was carried out.</summary>
    Done,

    /// <summary>The action was refused by a rule (an illegal transition, a missing outcome).</summary>
    Refused,

    /// <summary>The actor had no right to the subject (another partner's alert).</summary>
    Denied,
}
