using System.CommandLine;
using OpsCentre.Congestion.Analysis;
using OpsCentre.Congestion.Observations;
using OpsCentre.Congestion.Report;
using Spectre.Console;

namespace OpsCentre.Cli.Commands;

/// <summary>
/// opscentre report congestion: congestion analytics for a traffic-team review — an HTML page with SVG/PNG charts
/// and CSV tables, from an Aarhus-style travel-time folder or the I-94 volume file, over a date range.
/// Meant to sit under the "report" command: <c>report.Subcommands.Add(ReportCongestionCommand.Create());</c>
/// </summary>
internal static class ReportCongestionCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "Data folder: trafficMetaData.csv + trafficData*.csv (travel times) or Metro_Interstate_Traffic_Volume.csv (volumes).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(DataFolder.Default(), "city", "traffic", "aarhus")),
        };
        var from = new Option<DateOnly>("--from") { Description = "First local day to include (yyyy-MM-dd).", Required = true };
        var to = new Option<DateOnly>("--to") { Description = "Last local day to include (yyyy-MM-dd), inclusive.", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for report.html, charts/ and tables/ (created if missing).", Required = true };
        var top = new Option<int>("--top") { Description = "How many links the top-links chart and table show (1-1000).", DefaultValueFactory = _ => 10 };
        var rank = new Option<LinkRanking>("--rank")
        {
            Description = "What 'most congested' means: CongestionLevel, VehicleHoursOfDelay, PlanningTimeIndex or BufferIndex.",
            DefaultValueFactory = _ => LinkRanking.CongestionLevel,
        };
        var noPng = new Option<bool>("--no-png") { Description = "Write SVG charts only (PNG needs rsvg-convert from librsvg2-bin)." };

        var command = new Command("congestion", "Congestion report: travel-time indices, bottlenecks, hour-of-week profiles and peak hours as HTML, SVG/PNG and CSV.");
        foreach (var option in new Option[] { data, from, to, output, top, rank, noPng })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, cancellationToken) =>
        {
            var firstDay = result.GetValue(from);
            var lastDay = result.GetValue(to);
            if (lastDay < firstDay)
            {
                AnsiConsole.MarkupLine("[red]--to is before --from.[/]");
                return 2;
            }

            var request = new CongestionReportRequest(result.GetValue(data)!.FullName, new DateRange(firstDay, lastDay), result.GetValue(output)!.FullName)
            {
                Analysis = new CongestionAnalysisOptions { TopLinkCount = result.GetValue(top), Ranking = result.GetValue(rank) },
                WritePng = !result.GetValue(noPng),
            };

            CongestionReport? report = null;
            try
            {
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async context =>
                    {
                        var bar = context.AddTask("Congestion report", maxValue: 100);
                        var progress = new BarProgress(p =>
                        {
                            bar.Description = Markup.Escape(p.Stage);
                            bar.Value = p.Completed * 100.0 / Math.Max(1, p.Total);
                        });
                        report = await new CongestionReportGenerator().GenerateAsync(request, progress, cancellationToken);
                    });
            }
            catch (Exception ex) when (ex is InvalidDataException or DirectoryNotFoundException or FileNotFoundException or ArgumentException)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{ex.Message}[/]");
                return 1;
            }

            foreach (var note in report!.Notes)
            {
                AnsiConsole.MarkupLineInterpolated($"[yellow]note:[/] {note}");
            }

            AnsiConsole.MarkupLineInterpolated($"[green]Wrote {report.Files.Count} files.[/] Open [link]{report.HtmlPath}[/]");
            return 0;
        });
        return command;
    }

    /// <summary>Moves the bar on the generator's thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class BarProgress(Action<ReportProgress> update) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => update(value);
    }
}
