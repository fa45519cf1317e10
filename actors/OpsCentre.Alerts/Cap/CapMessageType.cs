namespace OpsCentre.Alerts.Cap;

/// <summary>The nature of a message; Update and Cancel reference earlier messages. CAP 1.2 &lt;msgType&gt;.</summary>
public enum CapMessageType
{
    Alert,
    Update,
    Cancel,
    Ack,
    Error,
}
