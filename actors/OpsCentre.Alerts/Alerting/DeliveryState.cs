namespace OpsCentre.Alerts.Alerting;

public enum DeliveryState
{
    /// <summary>In the outbox, waiting for its next attempt.</summary>
    Pending,

    /// <summary>The partner's endpoint answered 2xx.</summary>
    Delivered,

    /// <summary>Refused by the endpoint (4xx) or out of attempts; needs a person.</summary>
    Failed,
}
