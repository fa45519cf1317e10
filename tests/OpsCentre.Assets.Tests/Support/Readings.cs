using System.Text.Json;
using Confluent.Kafka;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Assets.Tests.Support;

/// <summary>City events and the Kafka records that carry them.</summary>
internal static class Readings
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    public static TrafficReading Traffic(string assetId, int minute, double speed, double flow = 900) =>
        new(assetId, Start.AddMinutes(minute), flow, speed, 60);

    public static SensorReading No2(string assetId, int minute, double value) =>
        new(assetId, Start.AddMinutes(minute), Quantity.No2, value);

    public static CameraEvent Camera(string assetId, int minute, int cars, CameraEventKind kind = CameraEventKind.None) =>
        new(assetId, Start.AddMinutes(minute), new Dictionary<string, int> { ["car"] = cars, ["person"] = 2 }, kind, kind == CameraEventKind.None ? null : 0.9, kind == CameraEventKind.None ? null : "A");

    public static string TopicOf(CityEvent reading) => reading switch
    {
        TrafficReading => CityTopics.Traffic,
        CameraEvent => CityTopics.Cctv,
        _ => CityTopics.Sensors,
    };

    /// <summary>The record Kafka would deliver for <paramref name="reading"/> at <paramref name="offset"/>.</summary>
    public static ConsumeResult<string, byte[]> Record(CityEvent reading, int partition, long offset) =>
        Record(TopicOf(reading), reading.AssetId, JsonSerializer.SerializeToUtf8Bytes(reading, ContractJson.Default.CityEvent), partition, offset);

    public static ConsumeResult<string, byte[]> Record(string topic, string key, byte[] value, int partition, long offset) => new()
    {
        TopicPartitionOffset = new TopicPartitionOffset(topic, partition, offset),
        Message = new Message<string, byte[]> { Key = key, Value = value },
    };
}
