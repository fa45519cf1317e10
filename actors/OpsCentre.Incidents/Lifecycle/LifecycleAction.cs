namespace OpsCentre.Incidents.Lifecycle;

/// <summary>What someone asks to do to an incident. See <see cref="IncidentStateMachine"/> for who may do what, when.</summary>
public enum LifecycleAction
{
    Acknowledge,
    Assign,
    Escalate,
    Resolve,
    Close,
    Reopen,
    TickStep,
    RecordOutcome,

    /// <summary>Not a state change: the alerts side reports how far an alert to a partner has got.</summary>
    RecordAlertStatus,
}
