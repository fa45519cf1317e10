using System.Text.Json;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Simulation;
using OpsCentre.Tests;

namespace OpsCentre.Ingest.Benchmarks;

/// <summary>The Bristol catalogue and a realistic mix of wire messages (one simulated hour at rush hour).</summary>
internal static class IngestInputs
{
    public static readonly DateTimeOffset RushHour = new(2025, 3, 3, 8, 0, 0, TimeSpan.Zero);

    public static CityCatalogue Catalogue() => CityCatalogue.LoadBristol(
        TestData.File("city", "geo", "bristol", "dim-journey-links.geojson"),
        Path.Combine(TestData.RepoRoot, CatalogueFile.RelativePath));

    public static (string Topic, byte[] Message)[] Messages(CityCatalogue catalogue, int ticks)
    {
        var simulator = new CityFeedSimulator(catalogue.Static, new CityFeedOptions(RushHour, Seed: 3, Incidents: IncidentSchedule.Random(200)));
        return
        [
            .. simulator.Ticks(ticks).SelectMany(t => t.Events).Select(e => (TopicOf(e), JsonSerializer.SerializeToUtf8Bytes(e, ContractJson.Default.CityEvent))),
        ];
    }

    private static string TopicOf(CityEvent cityEvent) => cityEvent switch
    {
        TrafficReading => CityTopics.Traffic,
        CameraEvent => CityTopics.Cctv,
        _ => CityTopics.Sensors,
    };
}
