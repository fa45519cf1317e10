using OpsCentre.Contracts.Assets;

namespace OpsCentre.Ingest.Simulation;

/// <summary>An incident in progress: its ground truth and the parameters that shape its signature.</summary>
internal sealed record ActiveIncident(IncidentKind Kind)
{
    public InjectedIncident Truth { get; init; } = null!;

    public IReadOnlyList<string> AssetIds { get; init; } = [];

    public GeoPoint Location { get; init; }

    public int Link { get; init; } = -1;

    public int? Camera { get; init; }

    public IReadOnlyList<int> Monitors { get; init; } = [];

    /// <summary>Speed cap (km/h), NO2 added (µg/m³) or river rise (m), by kind.</summary>
    public double Magnitude { get; init; }

    public double Confidence { get; init; }

    public string TrackRef { get; init; } = "";
}
