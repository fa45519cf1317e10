using System.Text.Json;
using Confluent.Kafka;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Console.Tests.Congestion;

/// <summary>Traffic readings as the congestion stage receives them: Kafka records of city.traffic.v1, keyed by link.</summary>
internal static class TrafficRecords
{
    private static long _offset;

    public static TrafficReading Reading(string linkId, DateTimeOffset at, double speedKph, double lengthMetres = 1000, double flow = 600) =>
        new(linkId, at, flow, speedKph, Math.Round(lengthMetres / (speedKph / 3.6), 1));

    public static ConsumeResult<string, byte[]> Record(CityEvent reading) => Record(reading.AssetId, JsonSerializer.SerializeToUtf8Bytes(reading, ContractJson.Default.CityEvent));

    public static ConsumeResult<string, byte[]> Record(string key, byte[] value) => new()
    {
        Topic = CityTopics.Traffic,
        Partition = new Partition(0),
        Offset = new Offset(Interlocked.Increment(ref _offset)),
        Message = new Message<string, byte[]> { Key = key, Value = value },
    };
}
