namespace OpsCentre.Congestion.Trends;

/// <summary>A measure for one local calendar day and how many readings it rests on.</summary>
public sealed record DailyValue(DateOnly Day, double Value, int SampleCount);
