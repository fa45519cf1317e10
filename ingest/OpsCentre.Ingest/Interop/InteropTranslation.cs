using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Ingest.Interop;

/// <summary>
/// What one third-party message became: events to publish, assets it introduced (to register and publish before
/// the events), and what was not mapped and why. Notes name fields, never their values.
/// </summary>
public sealed record InteropTranslation(
    IReadOnlyList<CityEvent> Events,
    IReadOnlyList<AssetDescriptor> NewAssets,
    IReadOnlyList<string> Notes)
{
    public static InteropTranslation Nothing(string why) => new([], [], [why]);
}
