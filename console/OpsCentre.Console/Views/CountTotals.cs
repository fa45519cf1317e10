namespace OpsCentre.Console.Views;

/// <summary>Running sums of object counts per class over the reports in one chart bucket.</summary>
internal sealed class CountTotals
{
    private readonly Dictionary<string, long> _sums = new(StringComparer.Ordinal);

    public int Reports { get; private set; }

    public void Add(IReadOnlyDictionary<string, int> counts)
    {
        Reports++;
        foreach (var (label, count) in counts)
        {
            _sums[label] = _sums.GetValueOrDefault(label) + count;
        }
    }

    public IReadOnlyDictionary<string, double> Means() =>
        _sums.ToDictionary(s => s.Key, s => Math.Round((double)s.Value / Reports, 2), StringComparer.Ordinal);
}
