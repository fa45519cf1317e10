using System.Collections.Immutable;

namespace OpsCentre.Actors.Tests.Support;

/// <summary>State of a <see cref="TallyEntity"/>: the values appended to it, in order.</summary>
public sealed record TallyState(ImmutableList<int> Values)
{
    public static TallyState Empty { get; } = new(ImmutableList<int>.Empty);
}
