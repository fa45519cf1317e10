namespace OpsCentre.Alerts.Cap;

/// <summary>The category of the subject event. CAP 1.2 &lt;category&gt;.</summary>
public enum CapCategory
{
    Geo,
    Met,
    Safety,
    Security,
    Rescue,
    Fire,
    Health,
    Env,
    Transport,
    Infra,
    CBRNE,
    Other,
}
