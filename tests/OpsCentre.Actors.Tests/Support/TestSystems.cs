using OpsCentre.Actors.DeadLetters;

namespace OpsCentre.Actors.Tests.Support;

/// <summary>Actor systems for tests: a unique name (metrics are filtered by it) and an inspectable dead-letter sink.</summary>
public static class TestSystems
{
    public static ActorSystem Create(InMemoryDeadLetterSink deadLetters, TimeProvider? timeProvider = null) =>
        new(new ActorSystemOptions
        {
            Name = $"test-{Guid.NewGuid():N}",
            DeadLetterSink = deadLetters,
            TimeProvider = timeProvider ?? TimeProvider.System,
        });
}
