namespace OpsCentre.Actors.Benchmarks;

/// <summary>A small asset state, about what a detector's running summary holds.</summary>
public sealed record AssetState(double LastValue, long Readings)
{
    public static AssetState Initial { get; } = new(0, 0);
}
