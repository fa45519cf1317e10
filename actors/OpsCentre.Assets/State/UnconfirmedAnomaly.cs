using OpsCentre.Contracts.Operations;

namespace OpsCentre.Assets.State;

/// <summary>An anomaly an asset raised, with the delivery generation (checkpoint) it was published in.</summary>
public readonly record struct UnconfirmedAnomaly(long Generation, Anomaly Anomaly);
