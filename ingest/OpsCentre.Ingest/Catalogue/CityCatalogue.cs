using System.Diagnostics.CodeAnalysis;
using OpsCentre.Contracts.Assets;
using OpsCentre.Ingest.Assets;

namespace OpsCentre.Ingest.Catalogue;

/// <summary>
/// The city's assets: Bristol's real journey links plus the generated assets from the committed catalogue file,
/// and whatever registers at run time (replayed cities, FIWARE devices). Lookups and registration are thread-safe.
/// </summary>
public sealed class CityCatalogue : IAssetDirectory
{
    private readonly AssetDirectory _directory;

    public CityCatalogue(IEnumerable<AssetDescriptor> assets)
    {
        _directory = new AssetDirectory(assets);
        Static = _directory.All;
    }

    /// <summary>The assets the catalogue was loaded with, ordered by id (run-time registrations are not included).</summary>
    public IReadOnlyList<AssetDescriptor> Static { get; }

    /// <summary>Every asset, including run-time registrations, ordered by id.</summary>
    public IReadOnlyList<AssetDescriptor> All => _directory.All;

    public int Count => _directory.Count;

    /// <summary>Loads Bristol: the journey-link GeoJSON and the generated asset file beside the repository.</summary>
    public static CityCatalogue LoadBristol(string journeyLinksGeoJsonPath, string generatedAssetsPath)
    {
        var links = BristolJourneyLinks.Read(journeyLinksGeoJsonPath).Select(l => l.Asset);
        return new CityCatalogue(links.Concat(CatalogueFile.Read(generatedAssetsPath)));
    }

    public IEnumerable<AssetDescriptor> OfKind(AssetKind kind) => Static.Where(a => a.Kind == kind);

    public bool TryGet(string assetId, [NotNullWhen(true)] out AssetDescriptor? asset) => _directory.TryGet(assetId, out asset);

    /// <inheritdoc cref="AssetDirectory.TryRegister"/>
    public bool TryRegister(AssetDescriptor asset) => _directory.TryRegister(asset);
}
