using System.Globalization;
using OpsCentre.Charts.Png;
using OpsCentre.Congestion.Analysis;
using OpsCentre.Congestion.Data.Aarhus;
using OpsCentre.Congestion.Data.I94;

namespace OpsCentre.Congestion.Report;

/// <summary>
/// Writes a congestion report for a data folder and date range: report.html (self-contained), charts/*.svg and
/// *.png, tables/*.csv. The kind of data is recognised from the folder's files.
/// </summary>
public sealed class CongestionReportGenerator(TimeProvider? clock = null, PngRenderer? pngRenderer = null)
{
    // Progress is reported in percent over fixed phases, so it only ever moves forward: loading takes the first 40,
    // analysis runs to 50, and the files written share the rest.
    private const int Percent = 100;
    private const int LoadedAt = 40;
    private const int AnalysedAt = 50;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly PngRenderer _png = pngRenderer ?? new PngRenderer();

    public static ReportDataKind DetectKind(string dataFolder)
    {
        if (!Directory.Exists(dataFolder))
        {
            throw new DirectoryNotFoundException($"Data folder '{dataFolder}' does not exist.");
        }

        if (AarhusDataset.IsAarhusFolder(dataFolder))
        {
            return ReportDataKind.TravelTimes;
        }

        if (I94VolumeLoader.IsI94Folder(dataFolder))
        {
            return ReportDataKind.HourlyVolumes;
        }

        throw new InvalidDataException(
            $"'{dataFolder}' holds neither travel times ({AarhusMetadataLoader.FileName} + {AarhusObservationLoader.FilePattern}) " +
            $"nor hourly volumes ({I94VolumeLoader.FileName}).");
    }

    public async Task<CongestionReport> GenerateAsync(
        CongestionReportRequest request, IProgress<ReportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Analysis.Validate();
        var kind = DetectKind(request.DataFolder);
        var source = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(request.DataFolder)));

        var notes = new List<string>();
        progress?.Report(new ReportProgress("Loading data", 0, Percent));
        var document = kind == ReportDataKind.TravelTimes
            ? BuildTravelTimeReport(request, source, notes, progress)
            : BuildVolumeReport(request, source, notes, progress);
        cancellationToken.ThrowIfCancellationRequested();

        var charts = document.Charts.ToList();
        var tables = document.Tables.ToList();
        var outputs = tables.Count + charts.Count * (request.WritePng ? 2 : 1) + 1;
        var written = 0;
        void Step(string stage) =>
            progress?.Report(new ReportProgress(stage, AnalysedAt + ++written * (Percent - AnalysedAt) / outputs, Percent));

        var chartsFolder = Directory.CreateDirectory(Path.Combine(request.OutputFolder, "charts")).FullName;
        var tablesFolder = Directory.CreateDirectory(Path.Combine(request.OutputFolder, "tables")).FullName;
        var files = new List<string>();
        foreach (var table in tables)
        {
            var path = Path.Combine(tablesFolder, table.FileStem + ".csv");
            CsvTableWriter.Write(table, path);
            files.Add(path);
            Step($"Wrote {table.FileStem}.csv");
        }

        foreach (var chart in charts)
        {
            var path = Path.Combine(chartsFolder, chart.FileStem + ".svg");
            await File.WriteAllTextAsync(path, chart.Svg, cancellationToken);
            files.Add(path);
            Step($"Wrote {chart.FileStem}.svg");
        }

        if (request.WritePng)
        {
            await WritePngs(charts, chartsFolder, files, notes, Step, cancellationToken);
        }

        var generatedAt = _clock.GetUtcNow().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var htmlPath = Path.Combine(Path.GetFullPath(request.OutputFolder), "report.html");
        var page = notes.Count == 0 ? document : document with { Sections = [.. document.Sections, new ReportSection("Notes", notes)] };
        await File.WriteAllTextAsync(htmlPath, HtmlReportWriter.Render(page, generatedAt), cancellationToken);
        files.Add(htmlPath);
        progress?.Report(new ReportProgress("Wrote report.html", Percent, Percent));
        return new CongestionReport(kind, htmlPath, files, notes);
    }

    private ReportDocument BuildTravelTimeReport(
        CongestionReportRequest request, string source, List<string> notes, IProgress<ReportProgress>? progress)
    {
        var loadProgress = new SynchronousProgress<(int Done, int Total)>(p =>
            progress?.Report(new ReportProgress($"Loaded {p.Done}/{p.Total} files", p.Done * LoadedAt / Math.Max(1, p.Total), Percent)));
        var dataset = AarhusDataset.Load(request.DataFolder, request.Range, progress: loadProgress);
        var counts = dataset.Counts;
        var dataNotes = new List<string>
        {
            $"Readings: {counts.Kept:N0} used of {counts.Rows:N0} rows; {counts.ZeroVehicle:N0} dropped as carried forward (no vehicle " +
            $"matched in the interval, the previous value repeated), {counts.Invalid:N0} invalid, {counts.OutsideRange:N0} outside the dates.",
        };
        if (counts.Kept == 0)
        {
            notes.Add($"No readings fall in {request.Range}: the report is empty.");
        }

        progress?.Report(new ReportProgress("Analysing", LoadedAt, Percent));
        var result = CongestionAnalysis.Run(dataset.History, request.Range, request.Analysis);
        progress?.Report(new ReportProgress("Analysed", AnalysedAt, Percent));
        return TravelTimeReportContent.Build(result, dataset.History.Network, dataNotes, source);
    }

    private static ReportDocument BuildVolumeReport(
        CongestionReportRequest request, string source, List<string> notes, IProgress<ReportProgress>? progress)
    {
        var data = I94VolumeLoader.Load(Path.Combine(request.DataFolder, I94VolumeLoader.FileName), request.Range);
        progress?.Report(new ReportProgress("Analysing", LoadedAt, Percent));
        if (data.Hours.Count == 0)
        {
            notes.Add($"No counts fall in {request.Range}: the report is empty.");
        }

        var dataNotes = new List<string>
        {
            $"{data.RepeatedHours:N0} rows of the file repeat an hour (one row per weather condition) and were counted once.",
        };
        var result = VolumeAnalysis.Run(data.Hours, request.Range);
        progress?.Report(new ReportProgress("Analysed", AnalysedAt, Percent));
        return VolumeReportContent.Build(result, dataNotes, source);
    }

    private async Task WritePngs(
        List<ReportChart> charts, string folder, List<string> files, List<string> notes, Action<string> step, CancellationToken cancellationToken)
    {
        foreach (var chart in charts)
        {
            var png = Path.Combine(folder, chart.FileStem + ".png");
            var outcome = await _png.ConvertAsync(Path.Combine(folder, chart.FileStem + ".svg"), png, cancellationToken);
            if (outcome.Outcome == PngRenderOutcome.Written)
            {
                files.Add(png);
                step($"Wrote {chart.FileStem}.png");
                continue;
            }

            notes.Add(outcome.Message);
            if (outcome.Outcome == PngRenderOutcome.ToolMissing)
            {
                return;
            }

            step($"PNG failed for {chart.FileStem}");
        }
    }
}
