using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Console.Feeds;

/// <summary>Which city topic carries each kind of event.</summary>
public static class CityEventTopics
{
    public static string For(CityEvent cityEvent) => cityEvent switch
    {
        TrafficReading => CityTopics.Traffic,
        CameraEvent => CityTopics.Cctv,
        SensorReading => CityTopics.Sensors,
        _ => throw new ArgumentOutOfRangeException(nameof(cityEvent), cityEvent.GetType().Name, "no topic for this event type"),
    };
}
