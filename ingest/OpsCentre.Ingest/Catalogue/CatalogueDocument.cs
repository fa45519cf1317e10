using OpsCentre.Contracts.Assets;

namespace OpsCentre.Ingest.Catalogue;

/// <summary>The committed catalogue file: where its assets came from and the assets themselves.</summary>
/// <param name="Generator">What produced the file and with which seed, so a reader knows how to regenerate it.</param>
public sealed record CatalogueDocument(string Generator, string RoadLinks, IReadOnlyList<AssetDescriptor> Assets);
