namespace OpsCentre.Actors;

/// <summary>Why an actor stopped.</summary>
public enum TerminationReason
{
    /// <summary>Someone asked it to stop (the actor itself, its parent, its host or the system).</summary>
    Stopped,

    /// <summary>Its supervisor strategy chose <see cref="Supervision.Directive.Stop"/>.</summary>
    StoppedBySupervisor,

    /// <summary>It would have restarted more often than the strategy allows within its window.</summary>
    RestartLimitExceeded,

    /// <summary>Its supervisor strategy chose <see cref="Supervision.Directive.Escalate"/>.</summary>
    Escalated,

    /// <summary>PreStart or PostRestart threw, or the factory could not create an instance on restart.</summary>
    StartFailed,
}
