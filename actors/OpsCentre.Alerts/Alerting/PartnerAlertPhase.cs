namespace OpsCentre.Alerts.Alerting;

/// <summary>Where the conversation with one partner about one incident stands.</summary>
public enum PartnerAlertPhase
{
    /// <summary>The partner has been alerted and the incident is live for it.</summary>
    Active,

    /// <summary>The partner was sent an all-clear or a cancel; a reopened incident alerts it afresh.</summary>
    Ended,
}
