namespace OpsCentre.Alerts.Cap;

/// <summary>Who the message is for; Private messages name their addressees. CAP 1.2 &lt;scope&gt;.</summary>
public enum CapScope
{
    Public,
    Restricted,
    Private,
}
