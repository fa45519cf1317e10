using OpsCentre.Ingest.Catalogue;

namespace OpsCentre.Ingest.Tests.Catalogue;

public sealed class CatalogueFileTests
{
    /// <summary>
    /// The committed file must be exactly what the generator produces. After an intended generator change, run the
    /// tests once with OPSCENTRE_UPDATE_CATALOGUE=1 to rewrite the file, then review the diff.
    /// </summary>
    [Fact]
    public void Regenerating_the_catalogue_gives_the_committed_file()
    {
        var regenerated = CatalogueFile.Render(BristolData.Links);
        if (Environment.GetEnvironmentVariable("OPSCENTRE_UPDATE_CATALOGUE") == "1")
        {
            File.WriteAllText(BristolData.GeneratedAssetsPath, regenerated);
        }

        var committed = File.ReadAllText(BristolData.GeneratedAssetsPath).ReplaceLineEndings("\n");
        Assert.Equal(committed, regenerated);
    }

    [Fact]
    public void A_different_seed_places_assets_differently()
    {
        var standard = CatalogueGenerator.Generate(BristolData.Links);
        var reseeded = CatalogueGenerator.Generate(BristolData.Links, CatalogueGeneratorOptions.Default with { Seed = 7 });

        Assert.Equal(standard.Select(a => a.AssetId), reseeded.Select(a => a.AssetId));
        Assert.NotEqual(standard.Where(a => a.AssetId.StartsWith("aq-")).Select(a => a.Location), reseeded.Where(a => a.AssetId.StartsWith("aq-")).Select(a => a.Location));
    }
}
