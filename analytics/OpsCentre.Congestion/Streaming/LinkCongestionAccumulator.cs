using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Observations;
using OpsCentre.Congestion.Profiles;
using OpsCentre.Congestion.Statistics;

namespace OpsCentre.Congestion.Streaming;

/// <summary>
/// The live congestion picture of one link, updated reading by reading in bounded memory (a few P² estimators, a
/// fixed ring for the rolling window, and one lazily created P² median per hour of week: about 57 KB per link once every
/// hour of the week has been seen, measured in the benchmarks), so an actor that owns a link can hold one for as long
/// as it runs.
/// Not thread-safe: one owner feeds it, as an actor does.
/// </summary>
public sealed class LinkCongestionAccumulator
{
    private readonly LinkCongestionOptions _options;
    private readonly TimeProvider _clock;
    private readonly FreeFlow? _suppliedFreeFlow;
    private readonly P2Quantile _quietFreeFlowTravelTime;
    private readonly P2Quantile _allFreeFlowTravelTime;
    private readonly P2Quantile _p95TravelTime = new(0.95);
    private readonly P2Quantile?[] _medianTravelTimeByHourOfWeek = new P2Quantile?[HourOfWeek.Count];
    private readonly RollingTravelTime _rolling;
    private LinkObservation? _last;
    private long _count;
    private double _travelTimeSum;
    private double _delayHours;

    /// <param name="suppliedFreeFlow">Free flow from a history run; when null it is learned from quiet-hour readings.</param>
    /// <param name="clock">Judges staleness; the system clock when null.</param>
    public LinkCongestionAccumulator(
        string linkId,
        double lengthMeters,
        LinkCongestionOptions? options = null,
        TimeProvider? clock = null,
        FreeFlow? suppliedFreeFlow = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(linkId);
        if (!double.IsFinite(lengthMeters) || lengthMeters <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lengthMeters), lengthMeters, $"Link '{linkId}' must have a positive length.");
        }

        _options = options ?? new LinkCongestionOptions();
        _options.Validate();
        LinkId = linkId;
        LengthMeters = lengthMeters;
        _clock = clock ?? TimeProvider.System;
        _suppliedFreeFlow = suppliedFreeFlow;
        _quietFreeFlowTravelTime = new P2Quantile(_options.FreeFlow.TravelTimePercentile);
        _allFreeFlowTravelTime = new P2Quantile(_options.FreeFlow.TravelTimePercentile);
        _rolling = new RollingTravelTime(_options.RollingWindow, _options.RollingCapacity);
    }

    public string LinkId { get; }

    public double LengthMeters { get; }

    /// <summary>
    /// Takes a reading. Returns false, changing nothing, for an unusable reading or one not newer than the last
    /// accepted (a replayed or out-of-order message), so redelivery after a crash does not double-count.
    /// </summary>
    public bool Add(LinkObservation observation)
    {
        if (!observation.IsUsable || (_last is { } last && observation.Timestamp <= last.Timestamp))
        {
            return false;
        }

        var travelTime = observation.TravelTimeSeconds;
        if (_options.FreeFlow.IsQuietHour(observation.Timestamp.Hour))
        {
            _quietFreeFlowTravelTime.Add(travelTime);
        }

        _allFreeFlowTravelTime.Add(travelTime);
        _p95TravelTime.Add(travelTime);
        var hourOfWeek = HourOfWeek.Of(observation.Timestamp);
        (_medianTravelTimeByHourOfWeek[hourOfWeek] ??= new P2Quantile(0.5)).Add(travelTime);
        _rolling.Add(observation.Timestamp, travelTime);
        _count++;
        _travelTimeSum += travelTime;

        // Delay is booked against the free flow known at the time; while it is still being learned this is an estimate.
        var freeFlowTravelTime = CurrentFreeFlowTravelTime();
        if (freeFlowTravelTime > 0)
        {
            _delayHours += TravelTimeMeasures.VehicleHoursOfDelay(observation.VehicleCount, travelTime, freeFlowTravelTime);
        }

        _last = observation;
        return true;
    }

    public LinkCongestionState Snapshot()
    {
        var freeFlow = CurrentFreeFlow();
        var mean = _count == 0 ? double.NaN : _travelTimeSum / _count;
        var p95 = _p95TravelTime.Estimate;
        double? tti = null, level = null, rolling = null, pti = null;
        if (freeFlow is not null && _last is { } last)
        {
            var ff = freeFlow.TravelTimeSeconds;
            tti = TravelTimeMeasures.TravelTimeIndex(last.TravelTimeSeconds, ff);
            level = TravelTimeMeasures.CongestionLevelPercent(last.TravelTimeSeconds, ff);
            rolling = TravelTimeMeasures.TravelTimeIndex(_rolling.Mean, ff);
            pti = TravelTimeMeasures.PlanningTimeIndex(p95, ff);
        }

        return new LinkCongestionState(
            LinkId,
            LengthMeters,
            _last,
            freeFlow,
            tti,
            level,
            tti is { } index && _options.Threshold.IsCongested(index),
            rolling,
            pti,
            _count == 0 ? null : TravelTimeMeasures.BufferIndex(p95, mean),
            mean,
            p95,
            _delayHours,
            _count,
            _last is not { } seen || _clock.GetUtcNow() - seen.Timestamp > _options.StaleAfter);
    }

    /// <summary>
    /// Median Travel Time Index per hour of week under the current free flow (bins without readings, or everything
    /// before free flow is known, are empty). Quartiles are not tracked in streaming and are NaN.
    /// </summary>
    public HourOfWeekProfile HourOfWeekTravelTimeIndex()
    {
        var freeFlow = CurrentFreeFlow();
        var bins = new HourOfWeekBin[HourOfWeek.Count];
        for (var hour = 0; hour < bins.Length; hour++)
        {
            var median = _medianTravelTimeByHourOfWeek[hour];
            bins[hour] = median is null || freeFlow is null
                ? new HourOfWeekBin(hour, 0, double.NaN, double.NaN, double.NaN)
                : new HourOfWeekBin(
                    hour,
                    (int)median.Count,
                    TravelTimeMeasures.TravelTimeIndex(median.Estimate, freeFlow.TravelTimeSeconds),
                    double.NaN,
                    double.NaN);
        }

        return HourOfWeekProfile.FromBins(bins);
    }

    /// <summary>The free-flow travel time <see cref="CurrentFreeFlow"/> would give, without allocating (called per reading).</summary>
    private double CurrentFreeFlowTravelTime() =>
        _suppliedFreeFlow?.TravelTimeSeconds
        ?? (_quietFreeFlowTravelTime.Count >= _options.FreeFlow.MinimumQuietSamples
            ? _quietFreeFlowTravelTime.Estimate
            : _allFreeFlowTravelTime.Count > 0 ? _allFreeFlowTravelTime.Estimate : double.NaN);

    private FreeFlow? CurrentFreeFlow()
    {
        if (_suppliedFreeFlow is not null)
        {
            return _suppliedFreeFlow;
        }

        if (_quietFreeFlowTravelTime.Count >= _options.FreeFlow.MinimumQuietSamples)
        {
            return FreeFlow.FromTravelTime(
                _quietFreeFlowTravelTime.Estimate, LengthMeters, (int)_quietFreeFlowTravelTime.Count, FreeFlowBasis.QuietHours);
        }

        return _allFreeFlowTravelTime.Count > 0
            ? FreeFlow.FromTravelTime(
                _allFreeFlowTravelTime.Estimate, LengthMeters, (int)_allFreeFlowTravelTime.Count, FreeFlowBasis.AllReadings)
            : null;
    }
}
