namespace OpsCentre.Actors.Persistence;

/// <summary>
/// An entity's view of its persisted state (Orleans' <c>IPersistentState</c>): the current value in memory plus
/// explicit read, write and clear against the store.
/// </summary>
/// <remarks>
/// Treat <see cref="Value"/> as immutable and replace it (<c>State.Value = State.Value with { ... }</c>): assigning
/// is what marks the state dirty, and only dirty state is flushed on passivation and deactivation.
/// </remarks>
public interface IPersistentState<TState>
{
    /// <summary>The state in memory; the initial state if nothing was ever stored.</summary>
    TState Value { get; set; }

    /// <summary>Whether the store holds a record for this entity.</summary>
    bool RecordExists { get; }

    /// <summary>Whether <see cref="Value"/> was assigned since it was last read or written.</summary>
    bool IsDirty { get; }

    /// <summary>The stored version this value is based on (0: none).</summary>
    long Version { get; }

    /// <summary>Replaces the value in memory with the stored one (or the initial state).</summary>
    ValueTask ReadAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores the value in memory.</summary>
    /// <exception cref="EntityStateConflictException">The stored version moved on.</exception>
    ValueTask WriteAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes the stored record and resets the value to the initial state.</summary>
    ValueTask ClearAsync(CancellationToken cancellationToken = default);
}
