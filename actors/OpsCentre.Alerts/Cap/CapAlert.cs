namespace OpsCentre.Alerts.Cap;

/// <summary>
/// An OASIS CAP 1.2 alert message: the envelope (who, when, what kind of message, for whom) and its info blocks.
/// </summary>
/// <param name="Addresses">Space-separated addressees; required by CAP when <paramref name="Scope"/> is Private.</param>
/// <param name="Incidents">Space-separated ids of the incidents the message is about.</param>
public sealed record CapAlert(
    string Identifier,
    string Sender,
    DateTimeOffset Sent,
    CapStatus Status,
    CapMessageType MsgType,
    CapScope Scope,
    IReadOnlyList<CapInfo> Info,
    string? Source = null,
    string? Restriction = null,
    string? Addresses = null,
    IReadOnlyList<string>? Codes = null,
    string? Note = null,
    IReadOnlyList<CapReference>? References = null,
    string? Incidents = null)
{
    /// <summary>How other messages refer to this one.</summary>
    public CapReference Reference => new(Sender, Identifier, CapTime.Format(Sent));
}
