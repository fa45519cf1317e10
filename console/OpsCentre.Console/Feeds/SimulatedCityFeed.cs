using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsCentre.Console.Node;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Simulation;

namespace OpsCentre.Console.Feeds;

/// <summary>
/// Runs the seeded Bristol simulator inside the node and publishes what it reports to the city topics: first
/// <see cref="CityOptions.Backfill"/> of history as fast as Kafka takes it (so detectors have a baseline), then
/// live, one tick at a time on the wall clock. Injected incidents are logged as ground truth.
/// </summary>
public sealed class SimulatedCityFeed(
    CityCatalogue catalogue,
    CityFeedPublisher publisher,
    NodeOptions node,
    TimeProvider time,
    ILogger<SimulatedCityFeed> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(async () =>
    {
        var city = node.City;
        var start = time.GetUtcNow() - city.Backfill;
        var simulator = new CityFeedSimulator(catalogue.Static, new CityFeedOptions(
            start,
            city.Tick,
            city.Seed,
            new RandomIncidentSchedule(city.IncidentsPerDay)));
        logger.LogInformation("City feed: simulating {Assets} Bristol assets from {Start:u} ({Backfill} of history, then live every {Tick})",
            catalogue.Count, start, city.Backfill, city.Tick);
        var caughtUp = false;
        await new PacedFeed(time).PlayAsync(
            Forever(simulator),
            tick => tick.At,
            tick =>
            {
                publisher.Publish(tick.Events);
                foreach (var incident in tick.IncidentsStarted)
                {
                    logger.LogInformation("City feed injected {Kind} at {Assets} ({Start:u} to {End:u})",
                        incident.Kind, string.Join(", ", incident.AssetIds), incident.Start, incident.End);
                }

                if (!caughtUp && tick.At >= time.GetUtcNow() - city.Tick)
                {
                    caughtUp = true;
                    logger.LogInformation("City feed caught up after {Events} events; now live", publisher.Published);
                }
            },
            stoppingToken).ConfigureAwait(false);
    }, stoppingToken);

    private static IEnumerable<SimulatedTick> Forever(CityFeedSimulator simulator)
    {
        while (true)
        {
            yield return simulator.NextTick();
        }
    }
}
