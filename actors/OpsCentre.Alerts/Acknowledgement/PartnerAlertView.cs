using OpsCentre.Alerts.Alerting;

namespace OpsCentre.Alerts.Acknowledgement;

/// <summary>An alert as its partner sees it: its state and the latest CAP message sent about it.</summary>
public sealed record PartnerAlertView(PartnerAlert Alert, AlertMessage? Latest);
