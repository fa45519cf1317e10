namespace OpsCentre.Alerts.Cap;

/// <summary>One CAP info block (resources are not modelled: this system neither sends nor follows them).</summary>
public sealed record CapInfo(
    IReadOnlyList<CapCategory> Categories,
    string Event,
    CapUrgency Urgency,
    CapSeverity Severity,
    CapCertainty Certainty,
    string? Language = null,
    IReadOnlyList<CapResponseType>? ResponseTypes = null,
    string? Audience = null,
    IReadOnlyList<CapNamedValue>? EventCodes = null,
    DateTimeOffset? Effective = null,
    DateTimeOffset? Onset = null,
    DateTimeOffset? Expires = null,
    string? SenderName = null,
    string? Headline = null,
    string? Description = null,
    string? Instruction = null,
    string? Web = null,
    string? Contact = null,
    IReadOnlyList<CapNamedValue>? Parameters = null,
    IReadOnlyList<CapArea>? Areas = null);
