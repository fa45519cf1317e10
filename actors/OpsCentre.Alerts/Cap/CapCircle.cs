using OpsCentre.Contracts.Assets;

namespace OpsCentre.Alerts.Cap;

/// <summary>A CAP circle: a centre and a radius in kilometres ("51.4545,-2.5879 0.5").</summary>
public readonly record struct CapCircle(GeoPoint Centre, double RadiusKm);
