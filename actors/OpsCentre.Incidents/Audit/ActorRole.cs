namespace OpsCentre.Incidents.Audit;

/// <summary>The roles the console's sign-in issues, plus <see cref="System"/> for the centre's own timers and feeds.</summary>
public enum ActorRole
{
    Operator,
    Supervisor,
    Analyst,
    Partner,
    System,
}
