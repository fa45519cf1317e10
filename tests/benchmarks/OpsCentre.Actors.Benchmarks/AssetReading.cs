namespace OpsCentre.Actors.Benchmarks;

/// <summary>A sensor reading for one asset, the typical entity message.</summary>
public sealed record AssetReading(double Value);
