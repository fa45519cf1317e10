namespace OpsCentre.Congestion.Profiles;

/// <summary>The hour of day (local, start of the hour) where a measure peaks, and its value there.</summary>
public sealed record PeakHour(int HourOfDay, double Value)
{
    public string Label => $"{HourOfDay:00}:00–{HourOfDay:00}:59";
}
