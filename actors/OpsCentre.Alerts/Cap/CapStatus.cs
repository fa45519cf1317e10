namespace OpsCentre.Alerts.Cap;

/// <summary>Whether a message is real (Actual), a drill (Exercise) or for testing; CAP 1.2 &lt;status&gt;.</summary>
public enum CapStatus
{
    Actual,
    Exercise,
    System,
    Test,
    Draft,
}
