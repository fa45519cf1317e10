using OpsCentre.Alerts.Cap;

namespace OpsCentre.Alerts.Alerting;

/// <summary>
/// One CAP message to one partner, as held in the outbox: written in the same transaction as the decision to send
/// it, so it is durable before any attempt, and keyed by its CAP identifier, so planning it twice stores it once.
/// The identifier is also the delivery's idempotency key.
/// </summary>
public sealed record AlertMessage(
    string Identifier,
    string AlertId,
    string IncidentId,
    string PartnerId,
    long IncidentVersion,
    CapMessageType MsgType,
    string CapXml,
    DateTimeOffset CreatedAt,
    DeliveryState State = DeliveryState.Pending,
    int Attempts = 0,
    DateTimeOffset? NextAttemptAt = null,
    string? LastError = null,
    DateTimeOffset? DeliveredAt = null);
