namespace OpsCentre.Contracts.Operations;

/// <summary>What the operator concluded about an incident, and who concluded it when.</summary>
public sealed record IncidentOutcome(OutcomeVerdict Verdict, string DecidedBy, DateTimeOffset DecidedAt, string? Note = null);
