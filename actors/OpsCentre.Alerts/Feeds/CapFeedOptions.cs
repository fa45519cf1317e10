using OpsCentre.Alerts.Cap;
using OpsCentre.Alerts.Partners;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Alerts.Feeds;

/// <summary>How external CAP warnings (weather, flood) become incidents.</summary>
public sealed record CapFeedOptions
{
    /// <summary>Tried in order; a warning no mapping matches becomes an "external-warning" with a priority from its severity.</summary>
    public IReadOnlyList<CapFeedMapping> Mappings { get; init; } =
    [
        new("flood-risk", 2, [], ["flood"]),
        new("fire", 2, [CapCategory.Fire], []),
        new("severe-weather", 3, [CapCategory.Met], ["storm", "wind", "snow", "ice", "heat", "fog", "rain"]),
    ];

    /// <summary>Warnings centred outside this box are not the city's business and are ignored. Default null: accept all.</summary>
    public GeoBounds? CityBounds { get; init; }

    /// <summary>Where a warning that names its area only by geocode is placed. Default null: such warnings are ignored.</summary>
    public GeoPoint? DefaultLocation { get; init; }

    public CapReadOptions Read { get; init; } = new();

    public void Validate()
    {
        Read.Validate();
        foreach (var (mapping, i) in Mappings.Select((m, i) => (m, i)))
        {
            if (string.IsNullOrWhiteSpace(mapping.Kind) || mapping.Priority is < 1 or > 5)
            {
                throw new ArgumentException($"{nameof(Mappings)}[{i}]: needs a kind and a priority 1..5 (has '{mapping.Kind}', {mapping.Priority})", nameof(Mappings));
            }
        }

        if (CityBounds is { IsValid: false })
        {
            throw new ArgumentException($"{nameof(CityBounds)} is not a valid south/west/north/east box", nameof(CityBounds));
        }

        if (DefaultLocation is { IsValid: false })
        {
            throw new ArgumentException($"{nameof(DefaultLocation)} is not a valid position", nameof(DefaultLocation));
        }
    }
}
