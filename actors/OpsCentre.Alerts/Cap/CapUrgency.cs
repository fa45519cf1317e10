namespace OpsCentre.Alerts.Cap;

/// <summary>How soon responsive action should be taken. CAP 1.2 &lt;urgency&gt;.</summary>
public enum CapUrgency
{
    Immediate,
    Expected,
    Future,
    Past,
    Unknown,
}
