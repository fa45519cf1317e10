namespace OpsCentre.Actors.DeadLetters;

/// <summary>
/// A message wrapped for routing to a keyed entity. When such a message is dead-lettered, the letter carries the
/// key and the inner payload rather than the wrapper, so consumers of dead letters never see routing internals.
/// </summary>
public interface IKeyedEnvelope
{
    string? Key { get; }

    object? Payload { get; }
}
