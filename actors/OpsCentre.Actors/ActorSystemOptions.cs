using System.Diagnostics.Metrics;
using OpsCentre.Actors.DeadLetters;

namespace OpsCentre.Actors;

/// <summary>Settings shared by every actor of one <see cref="ActorSystem"/>.</summary>
public sealed record ActorSystemOptions
{
    /// <summary>Names the system in metrics (tag <c>system</c>). Default "opscentre"; 1 to 100 characters.</summary>
    public string Name { get; init; } = "opscentre";

    /// <summary>Clock for restart windows, passivation, timestamps. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where unprocessed messages go. Default <see cref="DiscardingDeadLetterSink"/> (counted, then dropped).</summary>
    public IDeadLetterSink DeadLetterSink { get; init; } = DiscardingDeadLetterSink.Instance;

    /// <summary>Creates the "OpsCentre.Actors" meter (dependency-injected hosts). Default <c>null</c>: the system creates
    /// and disposes its own meter.</summary>
    public IMeterFactory? MeterFactory { get; init; }

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100)
        {
            throw new ArgumentException("The actor system name must be 1 to 100 characters, not blank.", nameof(Name));
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentNullException.ThrowIfNull(DeadLetterSink);
    }
}
