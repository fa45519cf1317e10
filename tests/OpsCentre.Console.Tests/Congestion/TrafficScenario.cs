using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsCentre.Console.Congestion;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Console.Tests.Congestion;

/// <summary>
/// Two hours of one-minute readings on a junction of the Bristol network, published to city.traffic.v1 of a running
/// node: the downstream link runs freely throughout; the upstream link runs freely for an hour, then queues at a
/// quarter of its free-flow speed, which makes the junction an active bottleneck and the upstream link congested.
/// </summary>
public sealed record TrafficScenario(string UpstreamLinkId, string DownstreamLinkId, DateTimeOffset Start, DateTimeOffset End)
{
    public const int Intervals = 22;
    public const double FreeSpeedKmh = 40;
    public const double QueueSpeedKmh = 10;
    public const double DownstreamSpeedKmh = 50;

    public static async Task<TrafficScenario> PublishAsync(TestNode node)
    {
        var network = node.Services.GetRequiredService<CongestionNetwork>();
        var options = node.Services.GetRequiredService<CongestionOptions>();
        var junction = network.Network.Connections[0];
        var up = network.Network[junction.UpstreamLinkId];
        var down = network.Network[junction.DownstreamLinkId];
        var start = options.IntervalStartOf(DateTimeOffset.UtcNow.AddHours(-2));
        var tracker = new DeliveryTracker();
        var publisher = node.Services.GetRequiredService<KafkaPublisher>();
        for (var minute = 0; minute < Intervals * 5; minute++)
        {
            var at = start.AddMinutes(minute);
            var upSpeed = minute < 60 ? FreeSpeedKmh : QueueSpeedKmh;
            foreach (var reading in new[] { TrafficRecords.Reading(up.Id, at, upSpeed, up.LengthMeters), TrafficRecords.Reading(down.Id, at, DownstreamSpeedKmh, down.LengthMeters) })
            {
                publisher.Publish(CityTopics.Traffic, reading.AssetId, JsonSerializer.SerializeToUtf8Bytes<CityEvent>(reading, ContractJson.Default.CityEvent), tracker);
            }
        }

        await tracker.WaitAllDeliveredAsync(CancellationToken.None);
        return new TrafficScenario(up.Id, down.Id, start, start.AddMinutes(Intervals * 5));
    }

    /// <summary>Waits until the node's API shows every interval of both links (all but the last are closed by a later reading).</summary>
    public async Task WaitUntilAnalysedAsync(TestNode node)
    {
        using var client = await node.SignedInAsync("analyst");
        var ready = await TestNode.EventuallyAsync(async () =>
        {
            foreach (var link in new[] { UpstreamLinkId, DownstreamLinkId })
            {
                var series = await client.GetFromJsonAsync<JsonElement>($"/api/congestion/links/{link}/series?{Query}");
                if (series.GetProperty("intervals").GetArrayLength() < Intervals)
                {
                    return false;
                }
            }

            return true;
        }, TimeSpan.FromSeconds(60));
        Assert.True(ready, $"the congestion stage never stored {Intervals} intervals of {UpstreamLinkId} and {DownstreamLinkId}");
    }

    /// <summary>A window holding the whole scenario.</summary>
    public string Query => $"from={Uri.EscapeDataString(Start.AddMinutes(-5).ToString("O"))}&to={Uri.EscapeDataString(End.AddMinutes(5).ToString("O"))}";
}
