namespace OpsCentre.Alerts.Feeds;

/// <summary>What ingesting one external CAP message did.</summary>
/// <param name="Action">"raised", "updated", "resolved", "unchanged" or "ignored".</param>
public sealed record CapFeedOutcome(string Identifier, string Action, string? IncidentId, string Reason);
