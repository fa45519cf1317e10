namespace OpsCentre.Alerts.Cap;

/// <summary>How sure the sender is that the event is real. CAP 1.2 &lt;certainty&gt;.</summary>
public enum CapCertainty
{
    Observed,
    Likely,
    Possible,
    Unlikely,
    Unknown,
}
