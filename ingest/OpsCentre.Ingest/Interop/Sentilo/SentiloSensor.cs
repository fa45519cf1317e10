using OpsCentre.Contracts.Readings;

namespace OpsCentre.Ingest.Interop.Sentilo;

/// <summary>Where one Sentilo sensor's observations go: the asset and the quantity its values are in.</summary>
public sealed record SentiloSensor(string AssetId, Quantity Quantity);
