using OpsCentre.Congestion.Observations;
using OpsCentre.Congestion.Statistics;

namespace OpsCentre.Congestion.Measures;

/// <summary>Computes <see cref="LinkIndices"/> over a history with exact percentiles.</summary>
public static class LinkIndicesCalculator
{
    /// <returns>Null when the history is empty.</returns>
    public static LinkIndices? Calculate(LinkHistory history, FreeFlow freeFlow, CongestionThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(freeFlow);
        threshold.Validate();
        if (history.Count == 0)
        {
            return null;
        }

        var travelTimes = new double[history.Count];
        double travelTimeSum = 0, speedSum = 0, delayHours = 0;
        var congested = 0;
        var observations = history.Span;
        for (var i = 0; i < observations.Length; i++)
        {
            var observation = observations[i];
            travelTimes[i] = observation.TravelTimeSeconds;
            travelTimeSum += observation.TravelTimeSeconds;
            speedSum += observation.SpeedKmh;
            delayHours += TravelTimeMeasures.VehicleHoursOfDelay(
                observation.VehicleCount, observation.TravelTimeSeconds, freeFlow.TravelTimeSeconds);
            if (threshold.IsCongested(TravelTimeMeasures.TravelTimeIndex(observation.TravelTimeSeconds, freeFlow.TravelTimeSeconds)))
            {
                congested++;
            }
        }

        Array.Sort(travelTimes);
        var mean = travelTimeSum / travelTimes.Length;
        var p95 = Percentile.OfSorted(travelTimes, 0.95);
        return new LinkIndices(
            history.LinkId,
            travelTimes.Length,
            freeFlow,
            mean,
            speedSum / travelTimes.Length,
            p95,
            TravelTimeMeasures.TravelTimeIndex(mean, freeFlow.TravelTimeSeconds),
            TravelTimeMeasures.PlanningTimeIndex(p95, freeFlow.TravelTimeSeconds),
            TravelTimeMeasures.BufferIndex(p95, mean),
            TravelTimeMeasures.CongestionLevelPercent(mean, freeFlow.TravelTimeSeconds),
            (double)congested / travelTimes.Length,
            delayHours);
    }
}
