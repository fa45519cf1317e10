using System.Globalization;

namespace OpsCentre.Charts.Scales;

/// <summary>Maps timestamps onto a pixel range and proposes readable tick positions and labels.</summary>
public readonly record struct TimeScale(DateTime Start, DateTime End, double RangeStart, double RangeEnd)
{
    private static readonly TimeSpan[] CandidateSteps =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12),
        TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(7), TimeSpan.FromDays(14),
        TimeSpan.FromDays(30), TimeSpan.FromDays(91), TimeSpan.FromDays(365),
    ];

    public double Map(DateTime time)
    {
        var span = (End - Start).Ticks;
        var fraction = span == 0 ? 0.5 : (double)(time - Start).Ticks / span;
        return RangeStart + fraction * (RangeEnd - RangeStart);
    }

    public IReadOnlyList<(DateTime Tick, string Label)> Ticks(int desiredCount = 8)
    {
        var span = End - Start;
        var step = CandidateSteps.FirstOrDefault(s => span / s <= desiredCount, CandidateSteps[^1]);
        var format = step >= TimeSpan.FromDays(1) ? "yyyy-MM-dd" : "MM-dd HH:mm";
        var first = new DateTime(Start.Ticks - Start.Ticks % step.Ticks + (Start.Ticks % step.Ticks == 0 ? 0 : step.Ticks), Start.Kind);
        var ticks = new List<(DateTime, string)>();
        for (var tick = first; tick <= End; tick += step)
        {
            ticks.Add((tick, tick.ToString(format, CultureInfo.InvariantCulture)));
        }

        return ticks;
    }
}
