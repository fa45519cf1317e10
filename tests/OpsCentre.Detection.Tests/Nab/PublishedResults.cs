using System.Globalization;
using OpsCentre.Tests;

namespace OpsCentre.Detection.Tests.Nab;

/// <summary>Reads the published NAB results shipped in data/nab/results (per-row scores and per-file scores).</summary>
internal static class PublishedResults
{
    public static string Root => TestData.File("nab");

    public static IReadOnlyList<double> AnomalyScores(string detector, string relativePath)
    {
        var parts = relativePath.Split('/');
        var path = TestData.File("nab", "results", detector, parts[0], $"{detector}_{parts[1]}");
        var lines = File.ReadAllLines(path);
        var column = Array.IndexOf(lines[0].Split(','), "anomaly_score");
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => double.Parse(l.Split(',')[column], CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>Rows of <c>&lt;detector&gt;_standard_scores_realTraffic.csv</c>: file, threshold and score.</summary>
    public static IEnumerable<(string File, double Threshold, double Score)> StandardScores(string detector)
    {
        var path = TestData.File("nab", "results", detector, $"{detector}_standard_scores_realTraffic.csv");
        foreach (var line in File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            yield return (cells[2], double.Parse(cells[3], CultureInfo.InvariantCulture), double.Parse(cells[4], CultureInfo.InvariantCulture));
        }
    }
}
