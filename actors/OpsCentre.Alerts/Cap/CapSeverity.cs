namespace OpsCentre.Alerts.Cap;

/// <summary>How bad the subject event is. CAP 1.2 &lt;severity&gt;.</summary>
public enum CapSeverity
{
    Extreme,
    Severe,
    Moderate,
    Minor,
    Unknown,
}
