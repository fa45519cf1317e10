using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpsCentre.Assets.Shards;
using OpsCentre.Console.Feeds;
using OpsCentre.Console.Node;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Simulation;
using OpsCentre.Kafka.Publishing;
using Spectre.Console;

namespace OpsCentre.Cli.Commands;

/// <summary>
/// opscentre bench pipeline: the end-to-end load harness. A node runs on the embedded cluster (or a real one) while
/// this process produces the simulated city as fast as it can; it reports the sustained rate at which the city
/// stage consumed, decoded, detected and checkpointed events, measured over the steady middle of the run.
/// </summary>
internal static class BenchPipelineCommand
{
    public static Command Create()
    {
        var node = new NodeCommandOptions();
        var events = new Option<int>("--events") { Description = "Events to push through (100,000-10,000,000).", DefaultValueFactory = _ => 1_000_000 };
        var command = new Command("pipeline", "Sustained events/s through Kafka: produce → decode → detect → checkpoint, on this machine.");
        node.AddTo(command);
        command.Options.Add(events);
        command.SetAction(async (result, cancellationToken) =>
        {
            var total = result.GetValue(events);
            if (total is < 100_000 or > 10_000_000)
            {
                AnsiConsole.MarkupLine("[red]--events must be 100,000..10,000,000[/]");
                return 2;
            }

            var options = node.Read(result, "http://127.0.0.1:0") with { City = new CityOptions { Feed = FeedMode.None } };

            // A fresh SQLite file unless a store is named: a previous run's assets remember the offsets they applied,
            // and a new embedded cluster numbers its offsets from zero again, so they would skip the whole run as
            // replays and the benchmark would measure nothing.
            var scratch = options.Store is null ? Directory.CreateTempSubdirectory("opscentre-bench-") : null;
            if (scratch is not null)
            {
                options = options with { Store = Path.Combine(scratch.FullName, "bench.db") };
            }

            try
            {
                await using var app = await OpsCentreNode.BuildAsync(options, cancellationToken: cancellationToken);
                await app.StartAsync(cancellationToken);
                var measured = await MeasureAsync(app.Services, total, cancellationToken);
                await app.StopAsync(CancellationToken.None);
                Print(measured, total);
                return measured.Replayed == 0 ? 0 : 1;
            }
            finally
            {
                scratch?.Delete(recursive: true);
            }
        });
        return command;
    }

    private static async Task<Measurement> MeasureAsync(IServiceProvider services, int total, CancellationToken cancellationToken)
    {
        var catalogue = services.GetRequiredService<CityCatalogue>();
        var feed = services.GetRequiredService<CityFeedPublisher>();
        var stage = services.GetServices<ConsumerStageService>().Single(s => s.StageName == PipelineStages.City);
        var registry = services.GetRequiredService<AssetRegistry>();
        // Simulated time ends now, so every reading is inside the decoder's accepted age.
        var tick = TimeSpan.FromMinutes(1);
        var simulator = new CityFeedSimulator(catalogue.Static, new CityFeedOptions(DateTimeOffset.UtcNow, tick, Seed: 3));
        var ticks = (int)Math.Ceiling(total / (double)simulator.EventsPerTick);
        simulator = new CityFeedSimulator(catalogue.Static, new CityFeedOptions(DateTimeOffset.UtcNow - tick * ticks, tick, Seed: 3));
        var produced = 0L;
        var producer = Task.Run(() =>
        {
            foreach (var simulated in simulator.Ticks(ticks))
            {
                // The embedded brokers keep only the newest ~20k messages per partition: stay at most ~150k events
                // ahead of the consumer so the run measures processing, not data loss.
                while (Interlocked.Read(ref produced) - (stage.Status?.RecordsConsumed ?? 0) > 150_000)
                {
                    Thread.Sleep(2);
                }

                feed.Publish(simulated.Events);
                Interlocked.Add(ref produced, simulated.Events.Count);
            }

            services.GetRequiredService<KafkaPublisher>().Flush(TimeSpan.FromMinutes(1));
        }, cancellationToken);

        var samples = new List<(double Seconds, long Consumed)>();
        var clock = Stopwatch.StartNew();
        var expected = (long)ticks * simulator.EventsPerTick;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask("events through the city stage", maxValue: expected);
                while (!cancellationToken.IsCancellationRequested)
                {
                    var consumed = stage.Status?.RecordsConsumed ?? 0;
                    samples.Add((clock.Elapsed.TotalSeconds, consumed));
                    bar.Value = consumed;
                    bar.Description = $"events: produced {Interlocked.Read(ref produced):N0}, processed {consumed:N0}";
                    if (consumed >= expected || (producer.IsCompleted && clock.Elapsed > TimeSpan.FromMinutes(10)))
                    {
                        break;
                    }

                    await Task.Delay(250, cancellationToken);
                }
            });
        await producer;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new Measurement(samples, expected, registry.Count, clock.Elapsed, cpu, GC.GetTotalMemory(false), registry.AnomaliesRaised, registry.ReplaysSkipped);
    }

    private static void Print(Measurement m, int requested)
    {
        // The steady middle: from 10 % to 90 % of the events, leaving out group join and the drain at the end.
        var first = m.Samples.First(s => s.Consumed >= m.Expected * 0.1);
        var last = m.Samples.Last(s => s.Consumed <= m.Expected * 0.9);
        var steady = (last.Consumed - first.Consumed) / Math.Max(0.001, last.Seconds - first.Seconds);
        var overall = m.Samples[^1].Consumed / Math.Max(0.001, m.Samples[^1].Seconds);
        var table = new Table().AddColumns("measure", "value");
        table.AddRow("events requested / produced", $"{requested:N0} / {m.Expected:N0}");
        table.AddRow("events processed", $"{m.Samples[^1].Consumed:N0}");
        table.AddRow("assets active", $"{m.Assets:N0}");
        table.AddRow("anomalies raised", $"{m.Anomalies:N0}");
        table.AddRow("records skipped as already applied", m.Replayed == 0 ? "0" : $"[red]{m.Replayed:N0}: the store held an earlier run; this measurement is void[/]");
        table.AddRow("sustained events/s (10-90 %)", $"{steady:N0}");
        table.AddRow("overall events/s (incl. start-up)", $"{overall:N0}");
        table.AddRow("wall time", $"{m.Elapsed.TotalSeconds:N1} s");
        table.AddRow("CPU time (all threads)", $"{m.Cpu.TotalSeconds:N1} s on {Environment.ProcessorCount} cores");
        table.AddRow("managed heap at end", $"{m.HeapBytes / 1024.0 / 1024.0:N0} MiB");
        AnsiConsole.Write(table);
    }

    private sealed record Measurement(
        List<(double Seconds, long Consumed)> Samples,
        long Expected,
        int Assets,
        TimeSpan Elapsed,
        TimeSpan Cpu,
        long HeapBytes,
        long Anomalies,
        long Replayed);
}
