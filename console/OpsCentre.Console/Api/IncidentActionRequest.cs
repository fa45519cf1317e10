using OpsCentre.Contracts.Operations;

namespace OpsCentre.Console.Api;

/// <summary>The JSON body of a lifecycle request; each action reads only what it needs (see the endpoint list).</summary>
public sealed record IncidentActionRequest(string? Reason = null, string? Assignee = null, OutcomeVerdict? Verdict = null);
