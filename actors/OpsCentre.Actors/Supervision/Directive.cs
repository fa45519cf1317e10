namespace OpsCentre.Actors.Supervision;

/// <summary>What a supervisor does with an actor whose message handler threw.</summary>
public enum Directive
{
    /// <summary>Keep the actor and its state; carry on with the next message.</summary>
    Resume,

    /// <summary>Discard the actor instance and create a fresh one from its factory (state reset).</summary>
    Restart,

    /// <summary>Stop the actor; messages still queued or sent later go to dead letters.</summary>
    Stop,

    /// <summary>Stop the actor and fail its parent with the same exception (at the root: report it to the system).</summary>
    Escalate,
}
