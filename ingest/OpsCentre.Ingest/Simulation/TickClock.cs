namespace OpsCentre.Ingest.Simulation;

/// <summary>One tick's time in the forms the models need, computed once per tick rather than once per asset.</summary>
internal sealed record TickClock(DateTimeOffset At, DayOfWeek LocalDay, double LocalHour, double TickHours, double HoursSinceStart)
{
    public double Demand { get; } = TrafficRhythm.Demand(LocalDay, LocalHour);

    public double Footfall { get; } = TrafficRhythm.Footfall(LocalDay, LocalHour);

    public static TickClock For(DateTimeOffset at, TimeZoneInfo zone, TimeSpan tick, DateTimeOffset start)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return new TickClock(at, local.DayOfWeek, local.TimeOfDay.TotalHours, tick.TotalHours, (at - start).TotalHours);
    }
}
