namespace OpsCentre.Contracts.Operations;

/// <summary>How far an alert to one partner has got, as operators see it on the incident.</summary>
public enum PartnerAlertState
{
    /// <summary>Durable in the outbox, not yet accepted by the partner's endpoint.</summary>
    Queued,

    /// <summary>The partner's endpoint accepted the latest message (HTTP 2xx).</summary>
    Delivered,

    /// <summary>The partner confirmed it has read the alert.</summary>
    Acknowledged,

    /// <summary>Not acknowledged in time: the incident was escalated.</summary>
    Escalated,

    /// <summary>The partner's endpoint refused the message or never accepted it after every retry.</summary>
    DeliveryFailed,

    /// <summary>The incident ended; the partner was told all clear or the alert was cancelled.</summary>
    Ended,
}
