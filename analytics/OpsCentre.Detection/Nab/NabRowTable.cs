namespace OpsCentre.Detection.Nab;

/// <summary>
/// The profile-independent part of NAB's per-row value (NAB-SCORING §5), computed once per file: for each row its
/// window (or −1) and its sigmoid shape. A detection's value under a profile is tpWeight × shape inside a window and
/// fpWeight × shape outside.
/// </summary>
internal sealed class NabRowTable
{
    private NabRowTable(NabLabelledFile file, int[] windowOfRow, double[] shape)
    {
        File = file;
        WindowOfRow = windowOfRow;
        Shape = shape;
    }

    public NabLabelledFile File { get; }

    public int[] WindowOfRow { get; }

    public double[] Shape { get; }

    public int FirstScoredRow => File.ProbationaryRows;

    public double ValueOf(int row, NabProfile profile) =>
        WindowOfRow[row] >= 0 ? profile.TpWeight * Shape[row] : profile.FpWeight * Shape[row];

    public static NabRowTable Build(NabLabelledFile file)
    {
        var n = file.Series.Length;
        var windowOfRow = new int[n];
        var shape = new double[n];
        Array.Fill(windowOfRow, -1);
        for (var w = 0; w < file.Windows.Count; w++)
        {
            var window = file.Windows[w];
            for (var row = Math.Max(0, window.Start); row <= Math.Min(n - 1, window.End); row++)
            {
                windowOfRow[row] = w;
                shape[row] = ScaledSigmoid.Of(-(double)(window.End - row + 1) / window.Width) / ScaledSigmoid.MaxTruePositive;
            }
        }

        // Outside windows a false positive is judged only against the most recently finished window: full cost
        // before any window has ended, cheaper just after one.
        var windows = file.Windows.OrderBy(w => w.End).ToList();
        RowWindow? lastFinished = null;
        var next = 0;
        for (var row = 0; row < n; row++)
        {
            if (windowOfRow[row] < 0)
            {
                shape[row] = lastFinished is { } previous
                    ? ScaledSigmoid.Of((row - previous.End) / (double)(previous.Width - 1))
                    : -1.0;
            }

            while (next < windows.Count && windows[next].End <= row)
            {
                lastFinished = windows[next++];
            }
        }

        return new NabRowTable(file, windowOfRow, shape);
    }
}
