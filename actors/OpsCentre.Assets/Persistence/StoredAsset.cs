namespace OpsCentre.Assets.Persistence;

/// <summary>An asset's latest stored snapshot and its revision.</summary>
public sealed record StoredAsset(string AssetId, long Revision, byte[] Snapshot);
