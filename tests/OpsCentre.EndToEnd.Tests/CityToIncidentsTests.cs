using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using OpsCentre.Console.Feeds;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Simulation;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.EndToEnd.Tests;

/// <summary>
/// The walking skeleton, end to end through the embedded Kafka cluster: the simulated city with injected incidents
/// goes onto the city topics, bad messages go with it, and what comes out is incidents in the store and on the
/// API, and every bad message on the dead-letter topic.
/// </summary>
public sealed class CityToIncidentsTests
{
    [Fact]
    public async Task Injected_incidents_become_incidents_in_the_store_and_on_the_api_and_bad_messages_are_dead_lettered()
    {
        await using var node = await RunningNode.StartAsync();
        var catalogue = node.Services.GetRequiredService<CityCatalogue>();
        var start = DateTimeOffset.UtcNow - TimeSpan.FromHours(23);
        var tick = TimeSpan.FromMinutes(5);
        // 250 quiet ticks first: the ensemble's statistical components need ~200 readings of a stream before they
        // may score. Then one incident of each kind that a single asset or camera reveals.
        var simulator = new CityFeedSimulator(catalogue.Static, new CityFeedOptions(
            start,
            tick,
            Seed: 7,
            IncidentSchedule.Exactly(
                new PlannedIncident(IncidentKind.Collision, TimeSpan.FromMinutes(5 * 252), TimeSpan.FromMinutes(30)),
                new PlannedIncident(IncidentKind.StuckSensor, TimeSpan.FromMinutes(5 * 252), TimeSpan.FromHours(2)),
                new PlannedIncident(IncidentKind.FlyTipping, TimeSpan.FromMinutes(5 * 260), TimeSpan.FromMinutes(10)))));
        var feed = node.Services.GetRequiredService<CityFeedPublisher>();
        var publisher = node.Services.GetRequiredService<KafkaPublisher>();
        var ticks = (int)((DateTimeOffset.UtcNow - start) / tick) - 1;
        foreach (var simulated in simulator.Ticks(ticks))
        {
            feed.Publish(simulated.Events);
        }

        var bad = BadMessages.All();
        foreach (var (topic, key, value) in bad)
        {
            publisher.Publish(topic, key, value);
        }

        publisher.Flush(TimeSpan.FromSeconds(30));
        Assert.Equal(3, simulator.Incidents.Count);

        var store = node.Services.GetRequiredService<IIncidentStore>();
        var raisedForEveryInjection = await RunningNode.EventuallyAsync(async () =>
        {
            var incidents = await store.QueryAsync(new IncidentQuery(Limit: IncidentQuery.MaxLimit), CancellationToken.None);
            return simulator.Incidents.All(injected => incidents.Any(i => Matches(i, injected)));
        }, TimeSpan.FromSeconds(90));

        var stored = await store.QueryAsync(new IncidentQuery(Limit: IncidentQuery.MaxLimit), CancellationToken.None);
        var missed = simulator.Incidents.Where(injected => !stored.Any(i => Matches(i, injected)));
        Assert.True(raisedForEveryInjection, $"not raised: {string.Join("; ", missed.Select(m => $"{m.Kind} {string.Join(",", m.AssetIds)} {m.Start:HH:mm}-{m.End:HH:mm}"))}; stored: {Describe(stored.Where(i => i.Kind != "camera-event" || i.Evidence.Any(e => e.Score >= 0.6)))}");

        await node.SignInAsync();
        var fromApi = await node.GetJsonAsync<List<Incident>>("/api/incidents?limit=5000");
        Assert.Equal(stored.Select(i => i.IncidentId).Order(), fromApi.Select(i => i.IncidentId).Order());

        var deadLetters = await DeadLetterReader.ReadAsync(node.Kafka, bad.Count, TimeSpan.FromSeconds(30));
        Assert.Equal(bad.Count, deadLetters.Count);
        Assert.All(deadLetters, d => Assert.False(string.IsNullOrWhiteSpace(d.Reason)));
    }

    private static bool Matches(Incident incident, InjectedIncident injected) =>
        incident.AssetIds.Intersect(injected.AssetIds).Any()
        && incident.Evidence.Any(e => e.ObservedAt >= injected.Start - TimeSpan.FromMinutes(10) && e.ObservedAt <= injected.End + TimeSpan.FromMinutes(30));

    private static string Describe(IEnumerable<Incident> incidents) =>
        string.Join("; ", incidents.Select(i => $"{i.Kind} {string.Join(",", i.AssetIds)} {i.OpenedAt:HH:mm}"));
}
