using OpsCentre.Congestion.Geometry;
using OpsCentre.Congestion.Network;
using OpsCentre.Congestion.Observations;

namespace OpsCentre.Congestion.Benchmarks;

/// <summary>
/// Links in chains of ten with a month of 5-minute readings each, shaped like a city: quiet nights, weekday morning
/// (08:00) and evening (17:00) peaks whose height varies by link, a flatter weekend midday, log-normal noise, and
/// demand-shaped vehicle counts. Seeded, so every run measures the same data.
/// </summary>
internal static class SyntheticCity
{
    private const int ChainLength = 10;

    public static NetworkHistory Build(int linkCount, DateOnly firstDay, int days, int seed = 2014)
    {
        var random = new Random(seed);
        var links = new List<RoadLink>(linkCount);
        var histories = new Dictionary<string, LinkHistory>(linkCount);
        var start = new DateTimeOffset(firstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(1));
        var readings = days * 24 * 12;
        for (var i = 0; i < linkCount; i++)
        {
            var id = $"L{i:0000}";
            var chain = i / ChainLength;
            var position = i % ChainLength;
            var from = new GeoPoint(56.0 + chain * 0.01, 10.0 + position * 0.01);
            var to = new GeoPoint(56.0 + chain * 0.01, 10.0 + (position + 1) * 0.01);
            var link = new RoadLink(id, $"Synthetic road {i}", [from, to]);
            links.Add(link);

            var freeFlowSeconds = link.LengthMeters / (random.Next(30, 80) / 3.6);
            var peakSeverity = 0.2 + random.NextDouble() * 1.3;
            var observations = new LinkObservation[readings];
            for (var r = 0; r < readings; r++)
            {
                var at = start.AddMinutes(5 * r);
                var demand = Demand(at);
                var travelTime = freeFlowSeconds * (1 + peakSeverity * demand * demand) * Math.Exp(0.08 * Normal(random));
                observations[r] = new LinkObservation(at, travelTime, link.LengthMeters / travelTime * 3.6, (int)(demand * 40 + random.Next(0, 3)));
            }

            histories[id] = LinkHistory.Create(id, link.LengthMeters, observations);
        }

        return new NetworkHistory(RoadNetwork.Build(links), histories);
    }

    /// <summary>0 at night to about 1 at the weekday peaks.</summary>
    private static double Demand(DateTimeOffset at)
    {
        var hour = at.Hour + at.Minute / 60.0;
        var weekend = at.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return weekend
            ? 0.55 * Bump(hour, 13, 3.0) + 0.05
            : Bump(hour, 8, 1.2) + 0.9 * Bump(hour, 17, 1.5) + 0.35 * Bump(hour, 12.5, 3) + 0.03;
    }

    private static double Bump(double hour, double centre, double width) => Math.Exp(-0.5 * Math.Pow((hour - centre) / width, 2));

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
