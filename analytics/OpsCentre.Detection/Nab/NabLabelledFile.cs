namespace OpsCentre.Detection.Nab;

/// <summary>A data file with its anomaly windows mapped to rows.</summary>
public sealed record NabLabelledFile(NabSeries Series, IReadOnlyList<RowWindow> Windows)
{
    /// <summary>NAB's probationary period: 15 % of the file, capped at 750 rows; earlier rows are never scored.</summary>
    public int ProbationaryRows => (int)Math.Min(Math.Floor(0.15 * Series.Length), 0.15 * 5000);

    /// <summary>Windows that reach past the probationary period; only these can be detected or missed.</summary>
    public int ScoredWindowCount => Windows.Count(w => w.End >= ProbationaryRows);

    public bool IsInWindow(int row) => Windows.Any(w => w.Contains(row));
}
