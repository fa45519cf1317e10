using System.Text;
using OpsCentre.Contracts.Kafka;

namespace OpsCentre.EndToEnd.Tests;

/// <summary>One message of each kind of bad input a producer in the field can send.</summary>
public static class BadMessages
{
    public static IReadOnlyList<(string Topic, string Key, byte[] Value)> All()
    {
        var now = DateTimeOffset.UtcNow.ToString("O");
        return
        [
            (CityTopics.Traffic, "link-02-E", Encoding.UTF8.GetBytes("{\"type\":\"traffic\",\"assetId\":")),
            (CityTopics.Traffic, "link-nope", Encoding.UTF8.GetBytes($"{{\"type\":\"traffic\",\"assetId\":\"link-nope\",\"observedAt\":\"{now}\",\"flowVehiclesPerHour\":10,\"speedKph\":30,\"travelTimeSeconds\":60}}")),
            (CityTopics.Traffic, "link-02-E", Encoding.UTF8.GetBytes($"{{\"type\":\"traffic\",\"assetId\":\"link-02-E\",\"observedAt\":\"{now}\",\"speedKph\":30,\"travelTimeSeconds\":60}}")),
            (CityTopics.Traffic, "link-02-E", Encoding.UTF8.GetBytes($"{{\"type\":\"traffic\",\"assetId\":\"link-02-E\",\"observedAt\":\"{now}\",\"flowVehiclesPerHour\":10,\"speedKph\":-30,\"travelTimeSeconds\":60}}")),
            (CityTopics.Sensors, "link-02-E", Encoding.UTF8.GetBytes($"{{\"type\":\"teleport\",\"assetId\":\"link-02-E\",\"observedAt\":\"{now}\"}}")),
            (CityTopics.Traffic, "link-02-E", Encoding.UTF8.GetBytes("{\"type\":\"traffic\",\"pad\":\"" + new string('x', 70_000) + "\"}")),
        ];
    }
}
