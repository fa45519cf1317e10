namespace OpsCentre.Actors.DeadLetters;

/// <summary>
/// The default sink when none is configured: drops letters. They are still counted in
/// <c>opscentre.actors.dead_letters</c>; production wiring supplies a sink that forwards to the dead-letter topic.
/// </summary>
public sealed class DiscardingDeadLetterSink : IDeadLetterSink
{
    public static DiscardingDeadLetterSink Instance { get; } = new();

    private DiscardingDeadLetterSink()
    {
    }

    public void Publish(DeadLetter deadLetter)
    {
    }
}
