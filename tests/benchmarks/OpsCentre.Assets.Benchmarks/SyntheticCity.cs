using System.Text.Json;
using Confluent.Kafka;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Assets.Benchmarks;

/// <summary>
/// A city of any size with Bristol's mix of reporting assets: 35 % road links (speed and flow), 15 % cameras
/// (vehicle counts), 10 % air-quality monitors (NO2 and PM2.5), 10 % noise sensors, 30 % streetlights (lamp power):
/// 1.45 signals per asset. Readings are one a minute with plausible noise; each asset belongs to partition
/// index modulo the partition count.
/// </summary>
internal sealed class SyntheticCity(int assets, int partitions)
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    public int Partitions { get; } = partitions;

    public IReadOnlyList<AssetDescriptor> Assets { get; } = [.. Enumerable.Range(0, assets).Select(Descriptor)];

    public int PartitionOf(int asset) => asset % Partitions;

    /// <summary>The records one minute of the city produces, per partition, with offsets continuing from <paramref name="minute"/>.</summary>
    public IEnumerable<ConsumeResult<string, byte[]>> Minute(int minute, int partition)
    {
        var random = new Random(minute * 7919 + partition);
        for (var i = partition; i < Assets.Count; i += Partitions)
        {
            foreach (var reading in Readings(Assets[i], minute, random))
            {
                yield return new ConsumeResult<string, byte[]>
                {
                    // One record per asset and minute and quantity: offsets grow with the minute, so replays are distinguishable.
                    TopicPartitionOffset = new TopicPartitionOffset(TopicOf(reading), partition, ((long)minute * Assets.Count) + i * 2 + (reading is SensorReading { Quantity: Quantity.Pm25 } ? 1 : 0)),
                    Message = new Message<string, byte[]> { Key = reading.AssetId, Value = JsonSerializer.SerializeToUtf8Bytes(reading, ContractJson.Default.CityEvent) },
                };
            }
        }
    }

    private static IEnumerable<CityEvent> Readings(AssetDescriptor asset, int minute, Random random)
    {
        var at = Start.AddMinutes(minute);
        switch (asset.Kind)
        {
            case AssetKind.RoadLink:
                yield return new TrafficReading(asset.AssetId, at, 900 + random.Next(-100, 100), 45 + random.NextDouble() * 5, 65);
                break;
            case AssetKind.Camera:
                yield return new CameraEvent(asset.AssetId, at, new Dictionary<string, int> { ["car"] = random.Next(0, 12), ["bus"] = random.Next(0, 2) });
                break;
            case AssetKind.AirQualityMonitor:
                yield return new SensorReading(asset.AssetId, at, Quantity.No2, 35 + random.NextDouble() * 10);
                yield return new SensorReading(asset.AssetId, at, Quantity.Pm25, 8 + random.NextDouble() * 4);
                break;
            case AssetKind.NoiseSensor:
                yield return new SensorReading(asset.AssetId, at, Quantity.NoiseDba, 55 + random.NextDouble() * 8);
                break;
            default:
                yield return new SensorReading(asset.AssetId, at, Quantity.LampPowerWatts, 70 + random.NextDouble());
                break;
        }
    }

    private static AssetDescriptor Descriptor(int index)
    {
        var share = index % 20;
        var (kind, prefix) = share switch
        {
            < 7 => (AssetKind.RoadLink, "link"),
            < 10 => (AssetKind.Camera, "cam"),
            < 12 => (AssetKind.AirQualityMonitor, "aq"),
            < 14 => (AssetKind.NoiseSensor, "noise"),
            _ => (AssetKind.Streetlight, "light"),
        };
        var location = new GeoPoint(51.40 + (index % 1000) * 0.0001, -2.65 + (index / 1000) * 0.001);
        return new AssetDescriptor($"{prefix}-s{index}", kind, $"Synthetic {kind} {index}", location);
    }

    private static string TopicOf(CityEvent reading) => reading switch
    {
        TrafficReading => CityTopics.Traffic,
        CameraEvent => CityTopics.Cctv,
        _ => CityTopics.Sensors,
    };
}
