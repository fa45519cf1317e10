using System.Text.Json;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Ingest.Catalogue;

/// <summary>
/// Reads and writes <c>ingest/catalogue/bristol-assets.json</c>. The text is a pure function of the road links and
/// the generator options (LF line endings, fixed property order), so regenerating it gives an identical file.
/// </summary>
public static class CatalogueFile
{
    public const string RelativePath = "ingest/catalogue/bristol-assets.json";

    public static string Render(IReadOnlyList<BristolJourneyLink> links, CatalogueGeneratorOptions? options = null)
    {
        options ??= CatalogueGeneratorOptions.Default;
        var document = new CatalogueDocument(
            $"OpsCentre.Ingest.Catalogue.CatalogueGenerator, seed {options.Seed}",
            "data/city/geo/bristol/dim-journey-links.geojson (Bristol City Council, OGL v3)",
            CatalogueGenerator.Generate(links, options));
        return JsonSerializer.Serialize(document, IngestJson.Default.CatalogueDocument).ReplaceLineEndings("\n") + "\n";
    }

    public static IReadOnlyList<AssetDescriptor> Read(string path)
    {
        using var stream = File.OpenRead(path);
        var document = JsonSerializer.Deserialize(stream, IngestJson.Default.CatalogueDocument)
            ?? throw new InvalidDataException($"{path} is empty");
        return document.Assets;
    }
}
