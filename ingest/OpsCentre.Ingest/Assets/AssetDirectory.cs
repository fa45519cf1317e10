using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Ingest.Assets;

/// <summary>
/// A thread-safe set of assets that grows at run time (a replay source or a FIWARE device announcing itself).
/// The first registration of an id wins: a later message cannot move or re-kind an asset the catalogue already
/// knows, which would otherwise let one bad producer relocate a camera on the operators' map.
/// </summary>
public sealed class AssetDirectory : IAssetDirectory
{
    private readonly ConcurrentDictionary<string, AssetDescriptor> _assets = new(StringComparer.Ordinal);

    public AssetDirectory(IEnumerable<AssetDescriptor>? assets = null)
    {
        foreach (var asset in assets ?? [])
        {
            if (!TryRegister(asset))
            {
                throw new ArgumentException($"asset id '{asset.AssetId}' appears more than once", nameof(assets));
            }
        }
    }

    public int Count => _assets.Count;

    /// <summary>A snapshot of every asset, ordered by id.</summary>
    public IReadOnlyList<AssetDescriptor> All => [.. _assets.Values.OrderBy(a => a.AssetId, StringComparer.Ordinal)];

    public bool TryGet(string assetId, [NotNullWhen(true)] out AssetDescriptor? asset) => _assets.TryGetValue(assetId, out asset);

    /// <summary>Adds the asset; false if its id is already registered (the existing entry is kept).</summary>
    /// <exception cref="ArgumentException">The id does not follow <see cref="AssetIds"/> for the kind, or the location is invalid.</exception>
    public bool TryRegister(AssetDescriptor asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        if (!AssetIds.IsValid(asset.AssetId, asset.Kind))
        {
            throw new ArgumentException(
                $"asset id '{asset.AssetId}' does not fit the grammar for {asset.Kind} ('{AssetIds.PrefixOf(asset.Kind)}-' + 1-{AssetIds.MaxLocalLength} of [A-Za-z0-9._-])",
                nameof(asset));
        }

        if (!asset.Location.IsValid)
        {
            throw new ArgumentException($"asset '{asset.AssetId}' has an invalid location {asset.Location}", nameof(asset));
        }

        return _assets.TryAdd(asset.AssetId, asset);
    }
}
