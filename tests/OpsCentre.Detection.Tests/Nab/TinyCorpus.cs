using System.Globalization;

namespace OpsCentre.Detection.Tests.Nab;

/// <summary>A corpus in NAB layout written to a temporary folder, for tests that need exact control of rows and windows.</summary>
internal sealed class TinyCorpus : IDisposable
{
    public TinyCorpus(params (string RelativePath, DateTime[] Times, (int Start, int End)[] Windows)[] files)
    {
        Root = Path.Combine(Path.GetTempPath(), "nab-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "labels"));
        var labels = new List<string>();
        foreach (var (relativePath, times, windows) in files)
        {
            var path = Path.Combine(Root, "data", relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllLines(path, ["timestamp,value", .. times.Select((t, i) => $"{Format(t)},{i % 7}")]);
            var pairs = windows.Select(w => $"[\"{Format(times[w.Start])}.000000\", \"{Format(times[w.End])}.000000\"]");
            labels.Add($"\"{relativePath}\": [{string.Join(", ", pairs)}]");
        }

        File.WriteAllText(Path.Combine(Root, "labels", "combined_windows.json"), "{" + string.Join(",\n", labels) + "}");
    }

    public string Root { get; }

    public static DateTime[] EveryFiveMinutes(int rows) => Enumerable.Range(0, rows).Select(i => new DateTime(2015, 1, 1).AddMinutes(5 * i)).ToArray();

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string Format(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
