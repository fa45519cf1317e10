namespace OpsCentre.Alerts.Alerting;

/// <summary>Partner alerts and the outbox of their CAP messages.</summary>
public interface IAlertStore
{
    Task<IReadOnlyList<PartnerAlert>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken);

    Task<PartnerAlert?> GetAsync(string alertId, CancellationToken cancellationToken);

    /// <summary>The partner's alerts, newest first.</summary>
    Task<IReadOnlyList<PartnerAlert>> ForPartnerAsync(string partnerId, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a planning decision in one transaction: the alert (inserted, or updated if its stored
    /// <see cref="PartnerAlert.LastIncidentVersion"/> is lower) and, if given, the message (inserted if absent). With
    /// <paramref name="restart"/> the acknowledgement, delivery and escalation marks are cleared (a fresh Alert).
    /// False if the stored alert was already at this incident version or later: nothing was written.
    /// </summary>
    Task<bool> SavePlanAsync(PartnerAlert alert, AlertMessage? message, bool restart, CancellationToken cancellationToken);

    Task<IReadOnlyList<AlertMessage>> MessagesAsync(string alertId, CancellationToken cancellationToken);

    Task<AlertMessage?> MessageAsync(string identifier, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="max"/> pending messages due by <paramref name="now"/> that nobody else holds, oldest
    /// first. A lease that runs out (its holder crashed) lets another worker take the message.
    /// </summary>
    Task<IReadOnlyList<AlertMessage>> LeaseDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Marks the message delivered and its alert delivered (if not already).</summary>
    Task MarkDeliveredAsync(string identifier, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt; the message stays pending until <paramref name="nextAttemptAt"/>.</summary>
    Task RescheduleAsync(string identifier, int attempts, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken);

    Task MarkFailedAsync(string identifier, int attempts, string error, CancellationToken cancellationToken);

    /// <summary>Marks the alert acknowledged if it is not yet; false if it already was.</summary>
    Task<bool> AcknowledgeAsync(string alertId, string by, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Active alerts nobody has acknowledged and that have not been escalated yet.</summary>
    Task<IReadOnlyList<PartnerAlert>> AwaitingAcknowledgementAsync(CancellationToken cancellationToken);

    /// <summary>Marks the alert escalated if it is not yet; false if another node did first.</summary>
    Task<bool> MarkEscalatedAsync(string alertId, DateTimeOffset at, CancellationToken cancellationToken);
}
