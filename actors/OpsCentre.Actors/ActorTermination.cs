namespace OpsCentre.Actors;

/// <summary>How an actor ended: the reason and, unless it was asked to stop, the exception behind it.</summary>
public sealed record ActorTermination(string ActorName, TerminationReason Reason, Exception? Exception);
