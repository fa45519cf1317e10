using OpsCentre.Contracts.Assets;

namespace OpsCentre.Ingest.Catalogue;

/// <summary>One Bristol ANPR journey link: the road-link asset plus the names of the camera sites at either end.</summary>
public sealed record BristolJourneyLink(AssetDescriptor Asset, string StartName, string EndName);
