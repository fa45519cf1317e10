using OpsCentre.Congestion.Observations;
using OpsCentre.Congestion.Statistics;

namespace OpsCentre.Congestion.Measures;

/// <summary>Estimates free flow over a history with exact percentiles.</summary>
public static class FreeFlowEstimator
{
    /// <returns>Null when the history is empty.</returns>
    public static FreeFlow? Estimate(LinkHistory history, FreeFlowOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        options.Validate();
        if (history.Count == 0)
        {
            return null;
        }

        var quiet = new List<double>();
        foreach (var observation in history.Span)
        {
            if (options.IsQuietHour(observation.Timestamp.Hour))
            {
                quiet.Add(observation.TravelTimeSeconds);
            }
        }

        if (quiet.Count >= options.MinimumQuietSamples)
        {
            return FromSample(quiet.ToArray(), history.LengthMeters, options, FreeFlowBasis.QuietHours);
        }

        var all = new double[history.Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = history.Span[i].TravelTimeSeconds;
        }

        return FromSample(all, history.LengthMeters, options, FreeFlowBasis.AllReadings);
    }

    private static FreeFlow FromSample(double[] travelTimes, double lengthMeters, FreeFlowOptions options, FreeFlowBasis basis)
    {
        Array.Sort(travelTimes);
        return FreeFlow.FromTravelTime(
            Percentile.OfSorted(travelTimes, options.TravelTimePercentile), lengthMeters, travelTimes.Length, basis);
    }
}
