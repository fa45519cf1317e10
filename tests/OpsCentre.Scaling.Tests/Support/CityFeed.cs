using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using OpsCentre.Console.Feeds;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Simulation;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Publishing;
using OpsCentre.Tests;

namespace OpsCentre.Scaling.Tests.Support;

/// <summary>
/// The city feed every run of these tests replays: a quarter of Bristol's assets (every fourth of each kind) over
/// 22.5 hours of 5-minute ticks ending now, with a collision and fly-tipping injected after 21 hours, when the
/// detectors have long had their 200 readings of warm-up (a stuck sensor is left out: with the ensemble's
/// flatline check off by default it is not reliably detected, and these tests are about state, not detection). The same feed every time, so runs can be
/// compared reading for reading; the ground truth is what was generated.
/// </summary>
internal sealed class CityFeed
{
    public const int Ticks = 270;
    private static readonly TimeSpan Tick = TimeSpan.FromMinutes(5);

    private CityFeed(IReadOnlyList<CityEvent> events, IReadOnlyList<InjectedIncident> incidents)
    {
        Events = events;
        Incidents = incidents;
        ReadingsPerAsset = events.GroupBy(e => e.AssetId).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
    }

    public IReadOnlyList<CityEvent> Events { get; }

    public IReadOnlyList<InjectedIncident> Incidents { get; }

    public IReadOnlyDictionary<string, long> ReadingsPerAsset { get; }

    /// <summary>Generates the feed, ending now (readings older than a day are refused as stale).</summary>
    public static CityFeed Generate()
    {
        var catalogue = CityCatalogue.LoadBristol(
            TestData.File("city", "geo", "bristol", "dim-journey-links.geojson"),
            Path.Combine(TestData.RepoRoot, "ingest", "catalogue", "bristol-assets.json"));
        IReadOnlyList<AssetDescriptor> quarter = [.. catalogue.Static.GroupBy(a => a.Kind).SelectMany(kind => kind.Where((_, i) => i % 4 == 0))];
        var simulator = new CityFeedSimulator(quarter, new CityFeedOptions(
            DateTimeOffset.UtcNow - (Tick * Ticks),
            Tick,
            Seed: 11,
            IncidentSchedule.Exactly(
                new PlannedIncident(IncidentKind.Collision, Tick * 252, TimeSpan.FromMinutes(30)),
                new PlannedIncident(IncidentKind.FlyTipping, Tick * 260, TimeSpan.FromMinutes(10)))));
        var events = simulator.Ticks(Ticks).SelectMany(t => t.Events).ToList();
        return new CityFeed(events, simulator.Incidents);
    }

    /// <summary>Produces every event to the cluster, keyed by asset id, as field producers would.</summary>
    public void PublishTo(string bootstrapServers) => PublishTo(bootstrapServers, Range.All);

    /// <summary>Produces the events in <paramref name="range"/>, in order.</summary>
    public void PublishTo(string bootstrapServers, Range range)
    {
        using var kafka = KafkaConnection.Open(new KafkaOptions { BootstrapServers = bootstrapServers });
        using var publisher = new KafkaPublisher(kafka, "city-feed", NullLogger<KafkaPublisher>.Instance);
        var (first, count) = range.GetOffsetAndLength(Events.Count);
        foreach (var cityEvent in Events.Skip(first).Take(count))
        {
            publisher.Publish(CityEventTopics.For(cityEvent), cityEvent.AssetId, JsonSerializer.SerializeToUtf8Bytes(cityEvent, ContractJson.Default.CityEvent));
        }

        publisher.Flush(TimeSpan.FromSeconds(60));
    }
}
