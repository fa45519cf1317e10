namespace OpsCentre.Incidents.Audit;

/// <summary>The kinds of thing the audit log records actions on.</summary>
public static class AuditSubjects
{
    public const string Incident = "incident";
    public const string Alert = "alert";
}
