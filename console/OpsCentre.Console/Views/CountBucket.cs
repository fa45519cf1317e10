namespace OpsCentre.Console.Views;

/// <summary>Mean object counts per class over the reports a camera sent in one bucket of the chart.</summary>
public sealed record CountBucket(DateTimeOffset Start, int Reports, IReadOnlyDictionary<string, double> MeanCounts);
