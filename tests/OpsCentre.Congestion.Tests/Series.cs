using OpsCentre.Congestion.Observations;

namespace OpsCentre.Congestion.Tests;

/// <summary>Builds small hand-computable observation series.</summary>
internal static class Series
{
    /// <summary>A Monday, so hour-of-week arithmetic in tests is easy to follow.</summary>
    public static readonly DateTimeOffset Monday = new(2024, 3, 4, 0, 0, 0, TimeSpan.FromHours(1));

    public static LinkObservation At(DateTimeOffset at, double travelTimeSeconds, double lengthMeters = 1000, int vehicles = 10) =>
        new(at, travelTimeSeconds, lengthMeters / travelTimeSeconds * 3.6, vehicles);

    public static LinkObservation WithSpeed(DateTimeOffset at, double speedKmh, double lengthMeters = 1000, int vehicles = 10) =>
        new(at, lengthMeters / (speedKmh / 3.6), speedKmh, vehicles);

    public static LinkHistory History(string linkId, params LinkObservation[] observations) =>
        LinkHistory.Create(linkId, 1000, observations);
}
