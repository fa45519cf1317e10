using System.Collections.Immutable;

namespace OpsCentre.Actors.Supervision;

/// <summary>
/// Supervision as a value: which <see cref="Directive"/> applies to which exception type, and how many restarts are
/// allowed in a time window before the actor is stopped instead.
/// </summary>
/// <example>
/// <code>
/// var strategy = SupervisorStrategy.Default
///     .On&lt;FormatException&gt;(Directive.Resume)
///     .On&lt;TimeoutException&gt;(Directive.Restart)
///     with { MaxRestarts = 3, WithinTimeSpan = TimeSpan.FromSeconds(30) };
/// </code>
/// </example>
public sealed record SupervisorStrategy
{
    /// <summary>Restart on any exception, at most 10 times a minute, then stop.</summary>
    public static SupervisorStrategy Default { get; } = new();

    /// <summary>Directive for exception types no rule covers. Default <see cref="Directive.Restart"/>.</summary>
    public Directive Otherwise { get; init; } = Directive.Restart;

    /// <summary>
    /// Restarts allowed within <see cref="WithinTimeSpan"/>; the failure that would exceed it stops the actor.
    /// Default 10; valid 0 (every restart decision becomes a stop) to 1,000,000.
    /// </summary>
    public int MaxRestarts { get; init; } = 10;

    /// <summary>Sliding window for <see cref="MaxRestarts"/>. Default one minute; must be positive.</summary>
    public TimeSpan WithinTimeSpan { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The directive chosen for each exception type that has a rule.</summary>
    public IReadOnlyDictionary<Type, Directive> Rules => RuleTable;

    private ImmutableDictionary<Type, Directive> RuleTable { get; init; } = ImmutableDictionary<Type, Directive>.Empty;

    /// <summary>A copy of this strategy that applies <paramref name="directive"/> to <typeparamref name="TException"/>
    /// and its subclasses (unless a rule for a closer subclass exists).</summary>
    public SupervisorStrategy On<TException>(Directive directive)
        where TException : Exception
    {
        if (!Enum.IsDefined(directive))
        {
            throw new ArgumentOutOfRangeException(nameof(directive), directive, "Unknown directive.");
        }

        return this with { RuleTable = RuleTable.SetItem(typeof(TException), directive) };
    }

    /// <summary>
    /// The directive for <paramref name="failure"/>: the rule for its own type or else its nearest base type, so rule
    /// order does not matter; <see cref="Otherwise"/> if none matches.
    /// </summary>
    public Directive Decide(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        for (var type = failure.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            if (RuleTable.TryGetValue(type, out var directive))
            {
                return directive;
            }
        }

        return Otherwise;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of its range.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Otherwise))
        {
            throw new ArgumentOutOfRangeException(nameof(Otherwise), Otherwise, "Unknown directive.");
        }

        if (MaxRestarts is < 0 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxRestarts), MaxRestarts, "MaxRestarts must be between 0 and 1,000,000.");
        }

        if (WithinTimeSpan <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(
                nameof(WithinTimeSpan), WithinTimeSpan, "The restart window must be a positive time span.");
        }
    }
}
