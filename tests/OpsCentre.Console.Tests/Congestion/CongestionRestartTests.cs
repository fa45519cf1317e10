using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Console.Tests.Congestion;

/// <summary>
/// History outlives the node: after a restart (a new embedded Kafka, the same store) the intervals are still there,
/// and readings delivered again are not counted twice while new ones complete the interval they belong to.
/// </summary>
public sealed class CongestionRestartTests
{
    private const string Link = "link-02-E";

    [Fact]
    public async Task After_a_restart_stored_intervals_remain_and_redelivered_readings_are_not_counted_again()
    {
        await using var node = await TestNode.StartAsync();
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        start = new DateTimeOffset(start.UtcTicks - (start.UtcTicks % TimeSpan.FromMinutes(5).Ticks), TimeSpan.Zero);
        var query = $"from={Uri.EscapeDataString(start.AddMinutes(-5).ToString("O"))}&to={Uri.EscapeDataString(start.AddMinutes(30).ToString("O"))}";

        await PublishMinutesAsync(node, start, 0, 12);
        var before = await ReadingsPerIntervalAsync(node, query, expectedIntervals: 3, expectedLast: 2);
        Assert.Equal([5, 5, 2], before);

        await node.RestartAsync();
        await PublishMinutesAsync(node, start, 8, 15);

        var after = await ReadingsPerIntervalAsync(node, query, expectedIntervals: 3, expectedLast: 5);
        Assert.Equal([5, 5, 5], after);
    }

    private static async Task PublishMinutesAsync(TestNode node, DateTimeOffset start, int from, int to)
    {
        var tracker = new DeliveryTracker();
        var publisher = node.Services.GetRequiredService<KafkaPublisher>();
        for (var minute = from; minute < to; minute++)
        {
            var reading = TrafficRecords.Reading(Link, start.AddMinutes(minute), 30 + minute, 431);
            publisher.Publish(CityTopics.Traffic, Link, JsonSerializer.SerializeToUtf8Bytes<CityEvent>(reading, ContractJson.Default.CityEvent), tracker);
        }

        await tracker.WaitAllDeliveredAsync(CancellationToken.None);
    }

    private static async Task<int[]> ReadingsPerIntervalAsync(TestNode node, string query, int expectedIntervals, int expectedLast)
    {
        using var client = await node.SignedInAsync("analyst");
        var readings = Array.Empty<int>();
        await TestNode.EventuallyAsync(async () =>
        {
            var series = await client.GetFromJsonAsync<JsonElement>($"/api/congestion/links/{Link}/series?{query}");
            readings = [.. series.GetProperty("intervals").EnumerateArray().Select(i => i.GetProperty("readings").GetInt32())];
            return readings.Length == expectedIntervals && readings[^1] >= expectedLast;
        }, TimeSpan.FromSeconds(60));
        return readings;
    }
}
