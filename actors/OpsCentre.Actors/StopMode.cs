namespace OpsCentre.Actors;

/// <summary>How an actor stops. Values are ordered: a later request can only make a stop more abrupt.</summary>
public enum StopMode
{
    /// <summary>Refuse new messages, process the ones already queued, then stop.</summary>
    Drain = 1,

    /// <summary>Refuse new messages, dead-letter the queued ones, cancel <c>Context.Stopping</c>, then stop.</summary>
    Drop = 2,
}
