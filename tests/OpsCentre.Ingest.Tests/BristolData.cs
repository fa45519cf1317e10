using OpsCentre.Ingest.Catalogue;
using OpsCentre.Tests;

namespace OpsCentre.Ingest.Tests;

/// <summary>The real Bristol inputs, read once per test run (the catalogue itself is cheap to load but not free).</summary>
internal static class BristolData
{
    private static readonly Lazy<IReadOnlyList<BristolJourneyLink>> LazyLinks = new(() => BristolJourneyLinks.Read(JourneyLinksPath));

    public static string JourneyLinksPath => TestData.File("city", "geo", "bristol", "dim-journey-links.geojson");

    public static string GeneratedAssetsPath => Path.Combine(TestData.RepoRoot, CatalogueFile.RelativePath);

    public static IReadOnlyList<BristolJourneyLink> Links => LazyLinks.Value;

    /// <summary>A fresh catalogue per call: tests register assets into it and must not see each other's.</summary>
    public static CityCatalogue LoadCatalogue() => CityCatalogue.LoadBristol(JourneyLinksPath, GeneratedAssetsPath);
}
