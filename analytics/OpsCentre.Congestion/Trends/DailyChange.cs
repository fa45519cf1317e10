namespace OpsCentre.Congestion.Trends;

/// <summary>
/// A day's value with its change against the day before and against the same weekday a week before, in percent.
/// A change is null when the comparison day is missing or zero.
/// </summary>
public sealed record DailyChange(DateOnly Day, double Value, double? DayOverDayPercent, double? WeekOverWeekPercent);
