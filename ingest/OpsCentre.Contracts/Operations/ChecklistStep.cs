namespace OpsCentre.Contracts.Operations;

/// <summary>
/// One step of the standard operating procedure for an incident's kind, copied into the incident when it opens so
/// a later change to the procedure does not rewrite what operators already ticked off.
/// </summary>
public sealed record ChecklistStep(string StepId, string Text, bool Done = false, string? DoneBy = null, DateTimeOffset? DoneAt = null);
