using OpsCentre.Congestion.Bottlenecks;
using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Observations;
using OpsCentre.Congestion.Profiles;
using OpsCentre.Congestion.Trends;

namespace OpsCentre.Congestion.Analysis;

/// <summary>
/// Batch analytics over a travel-time history. Free flow is estimated per link from its readings in the range
/// (exact percentiles), then every measure is computed against it.
/// </summary>
public static class CongestionAnalysis
{
    public static CongestionAnalysisResult Run(NetworkHistory history, DateRange range, CongestionAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(range);
        options ??= new CongestionAnalysisOptions();
        options.Validate();

        var inRange = history.Within(range);
        var freeFlows = new Dictionary<string, FreeFlow>(StringComparer.Ordinal);
        var indices = new List<LinkIndices>();
        var linkProfiles = new Dictionary<string, HourOfWeekProfile>(StringComparer.Ordinal);
        var dailyTti = new Dictionary<string, IReadOnlyList<DailyValue>>(StringComparer.Ordinal);
        var networkProfile = new HourOfWeekProfile.Builder();
        var dailyDelay = new DailyAggregation();

        foreach (var (linkId, link) in inRange.Links.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (FreeFlowEstimator.Estimate(link, options.FreeFlow) is not { } freeFlow)
            {
                continue;
            }

            freeFlows[linkId] = freeFlow;
            indices.Add(LinkIndicesCalculator.Calculate(link, freeFlow, options.Threshold)!);

            var linkProfile = new HourOfWeekProfile.Builder();
            var linkDailyTti = new DailyAggregation();
            foreach (var observation in link.Span)
            {
                var tti = TravelTimeMeasures.TravelTimeIndex(observation.TravelTimeSeconds, freeFlow.TravelTimeSeconds);
                linkProfile.Add(observation.Timestamp, tti);
                networkProfile.Add(observation.Timestamp, tti);
                linkDailyTti.Add(observation.Timestamp, tti);
                dailyDelay.Add(observation.Timestamp, TravelTimeMeasures.VehicleHoursOfDelay(
                    observation.VehicleCount, observation.TravelTimeSeconds, freeFlow.TravelTimeSeconds));
            }

            linkProfiles[linkId] = linkProfile.Build();
            dailyTti[linkId] = linkDailyTti.Means();
        }

        var ranked = TopLinks.By(indices, options.Ranking, indices.Count);
        var profile = networkProfile.Build();
        var rhythm = DailyRhythm.From(profile);
        return new CongestionAnalysisResult(
            range,
            options.Ranking,
            ranked,
            ranked.Take(options.TopLinkCount).ToList(),
            profile,
            linkProfiles,
            rhythm,
            PeakHours.From(rhythm),
            DailyChangeCalculator.Calculate(dailyDelay.Sums()),
            dailyTti,
            BottleneckDetector.Detect(inRange.Network, inRange.Links, freeFlows, options.Bottlenecks));
    }
}
