namespace OpsCentre.Incidents.Lifecycle;

public enum LifecycleStatus
{
    Applied,
    Refused,
    NotFound,
}
