namespace OpsCentre.Actors.Tests.Support;

/// <summary>Messages understood by <see cref="ProbeActor"/>.</summary>
public interface IProbeMessage;

/// <summary>Append <paramref name="Value"/> to the actor's state and to the journal.</summary>
public sealed record Note(int Value) : IProbeMessage;

/// <summary>Signal <paramref name="Started"/>, then hold the actor until <paramref name="Release"/> completes
/// (or the actor is dropped).</summary>
public sealed record Block(TaskCompletionSource Started, Task Release) : IProbeMessage;

/// <summary>Throw <paramref name="Exception"/> from the handler.</summary>
public sealed record Fail(Exception Exception) : IProbeMessage;

/// <summary>Reply with the values recorded by this instance (its state).</summary>
public sealed record Report(TaskCompletionSource<IReadOnlyList<int>> Reply) : IProbeMessage;

/// <summary>Spawn a child probe actor and reply with its reference.</summary>
public sealed record SpawnChild(string Name, ActorProps<IProbeMessage> Props, TaskCompletionSource<ActorRef<IProbeMessage>> Reply)
    : IProbeMessage;

/// <summary>Count handlers in flight across an await, to catch concurrent processing.</summary>
public sealed record Overlap : IProbeMessage;
