namespace OpsCentre.Incidents.Audit;

/// <summary>
/// Who did something: an operator's sign-in name, a partner id, or a named part of the system ("sla-monitor").
/// Names are operational identities, never a member of the public.
/// </summary>
public sealed record Actor(string Name, ActorRole Role)
{
    public static Actor System(string component) => new(component, ActorRole.System);

    public override string ToString() => $"{Name} ({Role.ToString().ToLowerInvariant()})";
}
