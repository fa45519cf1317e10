using System.Globalization;
using System.Text;

namespace OpsCentre.Detection.Nab;

/// <summary>
/// Writes a run in NAB's results format: per data file, <c>timestamp,value,anomaly_score,label</c> at the same
/// relative path under the output folder (label 1 inside a window), plus scores.csv with every file's score
/// and counts under each profile.
/// </summary>
public static class NabResultsWriter
{
    public static string ResultPath(string outputDirectory, NabSeries series) =>
        Path.Combine(outputDirectory, series.RelativePath.Replace('/', Path.DirectorySeparatorChar));

    public static void WriteRows(string outputDirectory, NabFileRun run)
    {
        var path = ResultPath(outputDirectory, run.File.Series);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("timestamp,value,anomaly_score,label");
        var series = run.File.Series;
        for (var row = 0; row < series.Length; row++)
        {
            writer.Write(series.Timestamps[row].ToString(NabCsv.TimestampFormat, CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(series.Values[row].ToString("R", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(run.Scores[row].ToString("R", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.WriteLine(run.File.IsInWindow(row) ? '1' : '0');
        }
    }

    public static void WriteScores(string outputDirectory, string detector, IReadOnlyList<NabProfileScore> profiles)
    {
        Directory.CreateDirectory(outputDirectory);
        using var writer = new StreamWriter(Path.Combine(outputDirectory, "scores.csv"), false, new UTF8Encoding(false));
        writer.WriteLine("Detector,Profile,File,Threshold,Score,TP,TN,FP,FN");
        foreach (var profile in profiles)
        {
            foreach (var (file, score) in profile.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                writer.WriteLine(string.Join(',',
                    detector,
                    profile.Profile.Name,
                    file,
                    profile.Threshold.ToString("R", CultureInfo.InvariantCulture),
                    score.Score.ToString("R", CultureInfo.InvariantCulture),
                    score.TruePositives,
                    score.TrueNegatives,
                    score.FalsePositives,
                    score.FalseNegatives));
            }

            writer.WriteLine(string.Join(',', detector, profile.Profile.Name, "Totals", profile.Threshold.ToString("R", CultureInfo.InvariantCulture), profile.RawScore.ToString("R", CultureInfo.InvariantCulture), "", "", "", ""));
        }
    }
}
