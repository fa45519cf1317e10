using OpsCentre.Assets.State;

namespace OpsCentre.Assets.Snapshots;

/// <summary>One signal's kept readings (oldest first) and its debounce state.</summary>
public sealed record SignalSnapshot(
    string Name,
    IReadOnlyList<TimedValue> Readings,
    DateTimeOffset? FiringSince,
    DateTimeOffset? LastAnomalyAt,
    int QuietRun,
    double LastScore);
