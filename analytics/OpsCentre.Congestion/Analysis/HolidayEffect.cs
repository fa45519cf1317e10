namespace OpsCentre.Congestion.Analysis;

/// <summary>A holiday's daily volume against a typical day of the same weekday nearby.</summary>
/// <param name="TypicalVolume">Median daily volume of non-holiday days of the same weekday within four weeks either side.</param>
/// <param name="ComparisonDays">How many days the typical volume rests on.</param>
public sealed record HolidayEffect(DateOnly Day, string Holiday, double Volume, double TypicalVolume, int ComparisonDays)
{
    public double ChangePercent => (Volume - TypicalVolume) / TypicalVolume * 100;
}
