using System.CommandLine;
using OpsCentre.Detection;
using OpsCentre.Detection.Nab;
using Spectre.Console;

namespace OpsCentre.Cli.Commands;

/// <summary>
/// opscentre bench nab: runs a detector over a corpus in NAB layout and prints the three NAB profile scores, with
/// the threshold optimised as NAB does unless --threshold fixes it. The work is in
/// <see cref="NabCorpusRunner"/>; this file only parses, draws the progress bar and prints the table.
/// Meant to sit under the "bench" command: <c>bench.Subcommands.Add(BenchNabCommand.Create());</c>
/// </summary>
internal static class BenchNabCommand
{
    public static Command Create()
    {
        var catalogue = new DetectorCatalogue();
        var corpus = new Option<DirectoryInfo>("--corpus")
        {
            Description = "Corpus in NAB layout: data/<category>/*.csv and labels/combined_windows.json (the full 58-file NAB corpus works too).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(DataFolder.Default(), "nab")),
        };
        var detector = new Option<string>("--detector")
        {
            Description = $"Detector to run: {string.Join(", ", catalogue.Names)}.",
            DefaultValueFactory = _ => DetectorCatalogue.DefaultName,
        };
        var threshold = new Option<double?>("--threshold") { Description = "Fixed threshold (0-1.1) for every profile instead of NAB's optimised one." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for per-file results (NAB results format), scores.csv and charts." };
        var plot = new Option<bool>("--plot") { Description = "Write a chart per file under --out (SVG, plus PNG when rsvg-convert is installed)." };

        var command = new Command("nab", "Score a detector on the Numenta Anomaly Benchmark: standard, reward_low_FP_rate and reward_low_FN_rate.");
        foreach (var option in new Option[] { corpus, detector, threshold, output, plot })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new NabRunOptions
            {
                CorpusRoot = result.GetValue(corpus)!.FullName,
                DetectorName = result.GetValue(detector)!,
                FixedThreshold = result.GetValue(threshold),
                OutputDirectory = result.GetValue(output)?.FullName,
                Plot = result.GetValue(plot),
            };

            NabRunReport? report = null;
            try
            {
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async context =>
                    {
                        var bar = context.AddTask($"NAB: {options.DetectorName}", maxValue: 100);
                        var progress = new BarProgress(p =>
                        {
                            bar.Description = Markup.Escape($"{p.Stage} {p.LastFile ?? ""}");
                            bar.Value = p.Stage == NabRunStage.Done ? 100 : p.FilesDone * 100.0 / Math.Max(1, p.FileCount);
                        });
                        report = await new NabCorpusRunner(catalogue, TimeProvider.System).RunAsync(options, progress, cancellationToken);
                    });
            }
            catch (Exception ex) when (ex is InvalidDataException or DirectoryNotFoundException or FileNotFoundException or ArgumentException)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{ex.Message}[/]");
                return 1;
            }

            AnsiConsole.Write(ResultTable(report!));
            AnsiConsole.MarkupLineInterpolated(
                $"{report!.FileCount} files, {report.WindowCount} windows, {report.PointCount:N0} points in {report.DetectionTime.TotalSeconds:0.00} s ({report.PointsPerSecond:N0} points/s).");
            foreach (var note in report.Notes)
            {
                AnsiConsole.MarkupLineInterpolated($"[yellow]note:[/] {note}");
            }

            return 0;
        });
        return command;
    }

    private static Table ResultTable(NabRunReport report)
    {
        var categories = report.Profiles[0].Categories.Select(c => c.Category).ToList();
        var table = new Table().Title($"NAB scores: {Markup.Escape(report.Detector)}");
        table.AddColumn("profile");
        table.AddColumn(new TableColumn("threshold").RightAligned());
        table.AddColumn(new TableColumn("raw").RightAligned());
        table.AddColumn(new TableColumn("[bold]score[/]").RightAligned());
        foreach (var category in categories)
        {
            table.AddColumn(new TableColumn(Markup.Escape(category)).RightAligned());
        }

        foreach (var profile in report.Profiles)
        {
            table.AddRow(
            [
                Markup.Escape(profile.Profile.Name),
                $"{profile.Threshold:0.######}{(profile.ThresholdWasOptimised ? "" : " (fixed)")}",
                $"{profile.RawScore:0.00}",
                $"[bold]{profile.NormalisedScore:0.0}[/]",
                .. profile.Categories.Select(c => $"{c.NormalisedScore:0.0}"),
            ]);
        }

        return table;
    }

    /// <summary>Moves the bar on the runner's thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class BarProgress(Action<NabRunProgress> update) : IProgress<NabRunProgress>
    {
        public void Report(NabRunProgress value) => update(value);
    }
}
