namespace OpsCentre.Detection.Nab;

/// <summary>
/// A corpus in NAB layout: <c>data/&lt;category&gt;/*.csv</c> and <c>labels/combined_windows.json</c>.
/// Works for any such folder, from the shipped 20-file subset to the full 58-file corpus.
/// </summary>
public sealed record NabCorpus(string Root, IReadOnlyList<NabLabelledFile> Files)
{
    public int WindowCount => Files.Sum(f => f.ScoredWindowCount);

    public long PointCount => Files.Sum(f => (long)f.Series.Length);

    public IEnumerable<string> Categories => Files.Select(f => f.Series.Category).Distinct().Order(StringComparer.Ordinal);

    public static NabCorpus Load(string root)
    {
        var dataFolder = Path.Combine(root, "data");
        var labelPath = Path.Combine(root, "labels", "combined_windows.json");
        if (!Directory.Exists(dataFolder))
        {
            throw new DirectoryNotFoundException($"'{root}' is not in NAB layout: it has no data/ folder.");
        }

        if (!File.Exists(labelPath))
        {
            throw new FileNotFoundException($"'{root}' is not in NAB layout: labels/combined_windows.json is missing.", labelPath);
        }

        var labels = NabLabels.Load(labelPath);
        var files = Directory.EnumerateFiles(dataFolder, "*.csv", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(dataFolder, path).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => labels.Label(NabCsv.Read(f.Path, f.Relative)))
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidDataException($"'{dataFolder}' holds no CSV files.");
        }

        return new NabCorpus(root, files);
    }
}
