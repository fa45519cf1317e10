using OpsCentre.Contracts.Assets;

namespace OpsCentre.Alerts.Partners;

/// <summary>A latitude/longitude box, e.g. a force or trust's operating area.</summary>
public sealed record GeoBounds(double South, double West, double North, double East)
{
    public bool Contains(GeoPoint point) => point.Lat >= South && point.Lat <= North && point.Lon >= West && point.Lon <= East;

    public bool IsValid => South <= North && West <= East && South >= -90 && North <= 90 && West >= -180 && East <= 180;
}
