namespace OpsCentre.Alerts.Acknowledgement;

public enum AcknowledgeOutcome
{
    Acknowledged,

    /// <summary>It was acknowledged before; nothing changed (a retried request is not an error).</summary>
    AlreadyAcknowledged,

    /// <summary>No such alert for this partner, which includes another partner's alert: the caller cannot tell which.</summary>
    NotFound,
}
