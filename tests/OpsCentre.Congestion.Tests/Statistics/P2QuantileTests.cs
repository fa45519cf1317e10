using OpsCentre.Congestion.Statistics;

namespace OpsCentre.Congestion.Tests.Statistics;

public class P2QuantileTests
{
    [Fact]
    public void Up_to_five_values_the_estimate_is_exact()
    {
        var median = new P2Quantile(0.5);
        foreach (var value in new double[] { 9, 1, 5, 3 })
        {
            median.Add(value);
        }

        Assert.Equal(4.0, median.Estimate, 10);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.15)]
    [InlineData(0.95)]
    public void Tracks_the_exact_percentile_of_a_skewed_travel_time_distribution(double probability)
    {
        // Log-normal travel times (median 60 s, long right tail), as congested links produce.
        var random = new Random(7);
        var values = Enumerable.Range(0, 20_000)
            .Select(_ => 60 * Math.Exp(0.4 * NormalSample(random)))
            .ToArray();
        var estimator = new P2Quantile(probability);
        foreach (var value in values)
        {
            estimator.Add(value);
        }

        var exact = Percentile.Of(values, probability);
        Assert.InRange(estimator.Estimate, exact * 0.98, exact * 1.02);
    }

    [Fact]
    public void No_values_means_no_estimate() => Assert.True(double.IsNaN(new P2Quantile(0.5).Estimate));

    private static double NormalSample(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
