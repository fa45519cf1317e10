using OpsCentre.Congestion.Observations;
using OpsCentre.Storage.Congestion;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// A stored interval as the congestion library's <see cref="LinkObservation"/>, stamped in the city's local time
/// (profiles and quiet hours read the clock time). Batch analytics stamp it at its start, so 08:00–08:05 counts in
/// the 08:00 hour; the streaming state at its end, which is when the interval was observed (the FIWARE entity's
/// dateObserved, with dateObservedFrom one interval earlier).
/// </summary>
public static class LinkIntervalObservations
{
    public static LinkObservation AtStart(LinkInterval interval, TimeZoneInfo zone) => Observation(interval, interval.Start, zone);

    public static LinkObservation AtEnd(LinkInterval interval, TimeZoneInfo zone) => Observation(interval, interval.End, zone);

    private static LinkObservation Observation(LinkInterval interval, DateTimeOffset at, TimeZoneInfo zone) => new(
        TimeZoneInfo.ConvertTime(at, zone),
        interval.MeanTravelTimeSeconds,
        interval.MeanSpeedKmh,
        (int)Math.Round(interval.Vehicles));
}
