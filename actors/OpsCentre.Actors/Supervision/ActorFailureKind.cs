namespace OpsCentre.Actors.Supervision;

/// <summary>Where an <see cref="ActorFailure"/> came from.</summary>
public enum ActorFailureKind
{
    /// <summary>A supervisor chose <see cref="Directive.Escalate"/> and no parent was left to take it.</summary>
    Escalated,

    /// <summary>A lifecycle hook threw where no directive applies (PostStop, PreRestart, passivation, deactivation).</summary>
    LifecycleHook,
}
