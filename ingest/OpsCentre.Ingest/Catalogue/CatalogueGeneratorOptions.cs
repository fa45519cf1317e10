namespace OpsCentre.Ingest.Catalogue;

/// <summary>
/// How many of each generated asset to place around the Bristol journey links, and the seed that fixes where.
/// Changing any value changes the committed <c>ingest/catalogue/bristol-assets.json</c>, so the defaults are the
/// ones that file was generated with.
/// </summary>
/// <param name="Seed">Fixes every placement. Any value.</param>
/// <param name="CameraCount">CCTV cameras, one per junction first, then at link midpoints. 0–2000, default 120.</param>
/// <param name="AirQualityMonitorCount">Roadside NO2 / PM2.5 monitors. 0–1000, default 40.</param>
/// <param name="NoiseSensorCount">Roadside dB(A) sensors. 0–1000, default 30.</param>
/// <param name="HousingSensorCount">Damp (relative humidity) sensors in homes away from main roads. 0–5000, default 60.</param>
/// <param name="RiverGaugeCount">Level gauges spaced along the Avon. 0–50, default 6.</param>
/// <param name="StreetlightCount">Lamp columns, placed in runs along links. 0–20000, default 200.</param>
/// <param name="JunctionRadiusMetres">Link end points closer than this are one junction. 1–200, default 30.</param>
public sealed record CatalogueGeneratorOptions(
    ulong Seed = 20_240_601,
    int CameraCount = 120,
    int AirQualityMonitorCount = 40,
    int NoiseSensorCount = 30,
    int HousingSensorCount = 60,
    int RiverGaugeCount = 6,
    int StreetlightCount = 200,
    double JunctionRadiusMetres = 30)
{
    public static CatalogueGeneratorOptions Default { get; } = new();

    /// <exception cref="ArgumentOutOfRangeException">A count or the radius is outside its documented range.</exception>
    public CatalogueGeneratorOptions Validated()
    {
        OptionRange.Check(CameraCount, 0, 2_000, nameof(CameraCount));
        OptionRange.Check(AirQualityMonitorCount, 0, 1_000, nameof(AirQualityMonitorCount));
        OptionRange.Check(NoiseSensorCount, 0, 1_000, nameof(NoiseSensorCount));
        OptionRange.Check(HousingSensorCount, 0, 5_000, nameof(HousingSensorCount));
        OptionRange.Check(RiverGaugeCount, 0, 50, nameof(RiverGaugeCount));
        OptionRange.Check(StreetlightCount, 0, 20_000, nameof(StreetlightCount));
        OptionRange.Check(JunctionRadiusMetres, 1, 200, nameof(JunctionRadiusMetres));
        return this;
    }
}
