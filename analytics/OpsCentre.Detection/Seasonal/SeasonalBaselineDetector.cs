using OpsCentre.Detection.Primitives;

namespace OpsCentre.Detection.Seasonal;

/// <summary>
/// Compares each reading with what is usual at that time of week (or, while fewer weeks are known, time of day):
/// the median of the same slot in past cycles. The residual is scaled by the median absolute residual of recent
/// readings (a robust σ), so the z-score adapts to each stream's noise.
/// </summary>
public sealed class SeasonalBaselineDetector : IStreamDetector
{
    private const double MadToSigma = 1.4826;
    private readonly SeasonalBaselineOptions _options;
    private readonly ISlotMemory _daily;
    private readonly ISlotMemory _weekly;
    private readonly SortedWindow _absoluteResiduals;
    private readonly int _slotsPerDay;
    private readonly long _slotTicks;

    public SeasonalBaselineDetector(SeasonalBaselineOptions? options = null)
    {
        _options = options ?? new SeasonalBaselineOptions();
        _options.Validate();
        _slotsPerDay = 1440 / _options.SlotMinutes;
        _slotTicks = TimeSpan.FromMinutes(_options.SlotMinutes).Ticks;
        _daily = Remember(_slotsPerDay, _options.DaysKept);
        _weekly = Remember(7 * _slotsPerDay, _options.WeeksKept);
        _absoluteResiduals = new SortedWindow(_options.ResidualHistory);
    }

    /// <summary>Two-sided surprise of the latest residual; 0 while the profile is still being learnt.</summary>
    public double LastSurprise { get; private set; }

    /// <summary>Signed robust z-score of the latest residual; NaN while the profile is still being learnt.</summary>
    public double LastZ { get; private set; } = double.NaN;

    public double LastExpected { get; private set; } = double.NaN;

    public DetectionResult Observe(DateTime timestamp, double value)
    {
        var absoluteSlot = timestamp.Ticks / _slotTicks;
        var slotOfDay = (int)(absoluteSlot % _slotsPerDay);
        var slotOfWeek = (int)timestamp.DayOfWeek * _slotsPerDay + slotOfDay;

        var expected = _weekly.Expected(slotOfWeek);
        if (double.IsNaN(expected))
        {
            expected = _daily.Expected(slotOfDay);
        }

        var enoughResiduals = _absoluteResiduals.Count >= 32;
        var scale = enoughResiduals ? MadToSigma * _absoluteResiduals.Median : double.NaN;
        _daily.Add(absoluteSlot, slotOfDay, value, scale);
        _weekly.Add(absoluteSlot, slotOfWeek, value, scale);
        LastExpected = expected;
        LastSurprise = 0;
        LastZ = double.NaN;
        if (double.IsNaN(expected))
        {
            return DetectionResult.Quiet;
        }

        var residual = value - expected;
        _absoluteResiduals.Add(Math.Abs(residual));
        if (!enoughResiduals)
        {
            return DetectionResult.Quiet;
        }

        LastZ = residual / Math.Max(scale, 1e-9 * (1 + Math.Abs(expected)));
        LastSurprise = Math.Max(0, Surprise.OfNormalTail(Math.Abs(LastZ)) - Math.Log10(2));
        var score = Surprise.ToScore(LastSurprise);
        return new DetectionResult(score, new Explanation(DetectorComponent.SeasonalBaseline, AnomalyKind.UnusualForTimeOfWeek, expected, value));
    }

    private ISlotMemory Remember(int slots, int cycles) => _options.SlotMemory == SlotMemoryKind.SmoothedAverage
        ? new SmoothedSlotProfile(slots, cycles, _options.MinimumSamples)
        : new SeasonalProfile(slots, cycles, _options.MinimumSamples);
}
