using System.Globalization;
using System.Text.Json;
using OpsCentre.Console.Benchmarks;
using OpsCentre.Console.Tests;
using OpsCentre.Console.Tests.Browser;
using OpsCentre.Tests;

// Usage: dotnet run -c Release --project tests/benchmarks/OpsCentre.Console.Benchmarks [-- assets runs]
// Starts a node and headless Chromium, loads the map with synthetic assets and measures, per run, building the
// clustered layer, restyling one asset and 10% of them, and frame durations while zooming and panning.
var assets = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;

await using var node = await TestNode.StartAsync();
using var chromium = new Chromium();
var page = new ConsolePage(chromium, node.Address);
page.SignIn("operator");
var results = new List<MapRun>();
for (var run = 0; run < runs; run++)
{
    page.Driver.Navigate().GoToUrl(new Uri(node.Address, "/#/queue"));
    page.Open("map", ".leaflet-overlay-pane canvas");
    var load = JsonDocument.Parse((string)page.AsyncScript(MapScripts.LoadSyntheticAssets, assets)!).RootElement;
    var measured = JsonDocument.Parse((string)page.AsyncScript(MapInteraction.Measure, assets)!).RootElement;
    if (load.TryGetProperty("error", out var loadError) || measured.TryGetProperty("error", out loadError))
    {
        throw new InvalidOperationException($"run {run + 1} failed in the browser: {loadError}");
    }

    results.Add(new MapRun(
        load.GetProperty("milliseconds").GetDouble(),
        measured.GetProperty("oneMs").GetDouble(),
        measured.GetProperty("tenthMs").GetDouble(),
        [.. measured.GetProperty("frames").EnumerateArray().Select(f => f.GetDouble())]));
    var r = results[^1];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"run {run + 1}: build {r.LoadMs:0} ms, 1 status {r.OneUpdateMs:0.0} ms, {assets / 10} statuses {r.TenthUpdateMs:0} ms, frames p50 {r.Percentile(50):0.0} ms p95 {r.Percentile(95):0.0} ms max {r.Frames.Max():0} ms, {r.LongFrames} over 50 ms of {r.Frames.Count}"));
}

double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted[sorted.Length / 2];
}

var summary = new
{
    assets,
    runs,
    machine = $"{Environment.ProcessorCount} cores, headless Chromium (software rendering)",
    buildMedianMs = Math.Round(Median(results.Select(r => r.LoadMs))),
    oneStatusMedianMs = Math.Round(Median(results.Select(r => r.OneUpdateMs)), 1),
    tenthStatusMedianMs = Math.Round(Median(results.Select(r => r.TenthUpdateMs))),
    frameP50Ms = Math.Round(Median(results.Select(r => r.Percentile(50))), 1),
    frameP95Ms = Math.Round(Median(results.Select(r => r.Percentile(95))), 1),
    frameMaxMs = Math.Round(results.Max(r => r.Frames.Max())),
    longFramesPerRun = Math.Round(results.Average(r => r.LongFrames), 1),
    framesPerRun = Math.Round(results.Average(r => r.Frames.Count)),
};
var folder = Path.Combine(TestData.RepoRoot, "artifacts", "benchmarks");
Directory.CreateDirectory(folder);
var output = Path.Combine(folder, "console-map.json");
await File.WriteAllTextAsync(output, JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine(JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine($"written to {output}");
