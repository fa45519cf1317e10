using System.Diagnostics.CodeAnalysis;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Ingest.Assets;

/// <summary>Looks up the assets ingest accepts readings from. Implementations must be safe for concurrent readers.</summary>
public interface IAssetDirectory
{
    bool TryGet(string assetId, [NotNullWhen(true)] out AssetDescriptor? asset);
}
