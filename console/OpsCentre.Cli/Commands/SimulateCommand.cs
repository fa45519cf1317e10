using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using OpsCentre.Console.Feeds;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Simulation;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Publishing;
using Spectre.Console;

namespace OpsCentre.Cli.Commands;

/// <summary>
/// opscentre simulate: the Bristol city feed as a separate producer, publishing to a running cluster (the one
/// `opscentre run` prints, or a real one) while nodes run with --feed none. History first, then live.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var bootstrap = new Option<string>("--bootstrap-servers") { Description = "Kafka to publish to (host:port,...), e.g. the embedded cluster `opscentre run` logs at start.", Required = true };
        var data = new Option<string?>("--data") { Description = "Folder with the shipped third-party data. Default: ../shared/data beside the repository." };
        var backfill = new Option<TimeSpan>("--backfill") { Description = "Simulated history to publish first (hh:mm:ss).", DefaultValueFactory = _ => TimeSpan.FromHours(3) };
        var tick = new Option<TimeSpan>("--tick") { Description = "Simulated time between an asset's reports (hh:mm:ss).", DefaultValueFactory = _ => TimeSpan.FromMinutes(1) };
        var seed = new Option<ulong>("--seed") { Description = "Seed: the same seed gives the same city and incidents.", DefaultValueFactory = _ => 1UL };
        var incidents = new Option<double>("--incidents-per-day") { Description = "Injected incidents per simulated day (0-10,000).", DefaultValueFactory = _ => 48 };
        var duration = new Option<TimeSpan?>("--duration") { Description = "Stop after this much live time (default: until Ctrl+C)." };
        var command = new Command("simulate", "Publish the simulated Bristol feed (traffic, CCTV metadata, sensors, injected incidents) to a Kafka cluster.");
        foreach (var option in new Option[] { bootstrap, data, backfill, tick, seed, incidents, duration })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, cancellationToken) =>
        {
            var dataRoot = result.GetValue(data) ?? DataFolder.Default();
            var catalogue = CityCatalogue.LoadBristol(
                Path.Combine(dataRoot, "city", "geo", "bristol", "dim-journey-links.geojson"),
                Path.Combine(AppContext.BaseDirectory, "catalogue", "bristol-assets.json"));
            using var kafka = KafkaConnection.Open(new KafkaOptions { BootstrapServers = result.GetValue(bootstrap) });
            using var publisher = new KafkaPublisher(kafka, "opscentre-simulate", NullLogger<KafkaPublisher>.Instance);
            var feed = new CityFeedPublisher(publisher);
            var time = TimeProvider.System;
            var simulator = new CityFeedSimulator(catalogue.Static, new CityFeedOptions(
                time.GetUtcNow() - result.GetValue(backfill), result.GetValue(tick), result.GetValue(seed), new RandomIncidentSchedule(result.GetValue(incidents))));
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (result.GetValue(duration) is { } limit)
            {
                stop.CancelAfter(result.GetValue(backfill) > TimeSpan.Zero ? limit + TimeSpan.FromMinutes(5) : limit);
            }

            AnsiConsole.MarkupLineInterpolated($"Publishing {catalogue.Count} Bristol assets every {result.GetValue(tick)} to [bold]{kafka.BootstrapServers}[/] (Ctrl+C to stop)");
            try
            {
                await new PacedFeed(time).PlayAsync(Forever(simulator), t => t.At, t =>
                {
                    feed.Publish(t.Events);
                    foreach (var incident in t.IncidentsStarted)
                    {
                        AnsiConsole.MarkupLineInterpolated($"[yellow]injected[/] {incident.Kind} at {string.Join(", ", incident.AssetIds)} from {incident.Start:u}");
                    }
                }, stop.Token);
            }
            catch (OperationCanceledException)
            {
            }

            publisher.Flush(TimeSpan.FromSeconds(30));
            AnsiConsole.MarkupLineInterpolated($"Published {feed.Published:N0} events.");
            return 0;
        });
        return command;
    }

    private static IEnumerable<SimulatedTick> Forever(CityFeedSimulator simulator)
    {
        while (true)
        {
            yield return simulator.NextTick();
        }
    }
}
