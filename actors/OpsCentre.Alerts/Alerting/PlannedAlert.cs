namespace OpsCentre.Alerts.Alerting;

/// <summary>
/// One planning decision for one partner: the alert's new state, the message to send (null when the partner needs
/// nothing new, only the bookkeeping), and whether this starts a fresh Alert that needs a fresh acknowledgement.
/// </summary>
public sealed record PlannedAlert(PartnerAlert Alert, AlertMessage? Message, bool Restart);
