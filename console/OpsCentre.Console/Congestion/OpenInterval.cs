using OpsCentre.Contracts.Readings;
using OpsCentre.Storage.Congestion;

namespace OpsCentre.Console.Congestion;

/// <summary>The interval a link's readings are currently folded into: running sums, so resuming from a stored row is exact.</summary>
internal sealed class OpenInterval
{
    private double _speedSum;
    private double _travelTimeSum;
    private double _flowSum;

    private OpenInterval(string linkId, DateTimeOffset start, TimeSpan length)
    {
        LinkId = linkId;
        Start = start;
        Length = length;
    }

    public string LinkId { get; }

    public DateTimeOffset Start { get; }

    public TimeSpan Length { get; }

    public int Readings { get; private set; }

    public DateTimeOffset LastObservedAt { get; private set; } = DateTimeOffset.MinValue;

    public static OpenInterval Empty(string linkId, DateTimeOffset start, TimeSpan length) => new(linkId, start, length);

    /// <summary>Carries on from a stored (possibly partial) interval: its means times its count are the sums.</summary>
    public static OpenInterval Resume(LinkInterval stored) => new(stored.LinkId, stored.Start, stored.Length)
    {
        Readings = stored.Readings,
        LastObservedAt = stored.LastObservedAt,
        _speedSum = stored.MeanSpeedKmh * stored.Readings,
        _travelTimeSum = stored.MeanTravelTimeSeconds * stored.Readings,
        _flowSum = stored.MeanFlowVehiclesPerHour * stored.Readings,
    };

    public void Add(TrafficReading reading)
    {
        Readings++;
        _speedSum += reading.SpeedKph;
        _travelTimeSum += reading.TravelTimeSeconds;
        _flowSum += reading.FlowVehiclesPerHour;
        LastObservedAt = reading.ObservedAt;
    }

    public LinkInterval ToInterval() => new(
        LinkId, Start, Length, Readings, _speedSum / Readings, _travelTimeSum / Readings, _flowSum / Readings, LastObservedAt);
}
