using OpsCentre.Congestion.Statistics;

namespace OpsCentre.Congestion.Tests.Statistics;

public class PercentileTests
{
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 3.0)]
    [InlineData(0.95, 4.8)] // rank 0.95 × 4 = 3.8 → 4 + 0.8 × (5 − 4)
    [InlineData(1.0, 5.0)]
    public void Interpolates_between_closest_ranks(double probability, double expected) =>
        Assert.Equal(expected, Percentile.Of([5, 3, 1, 4, 2], probability), 10);

    [Fact]
    public void Median_of_an_even_count_is_the_midpoint() => Assert.Equal(2.5, Percentile.Of([1, 2, 3, 4], 0.5), 10);

    [Fact]
    public void Empty_input_has_no_percentile() => Assert.True(double.IsNaN(Percentile.Of([], 0.5)));

    [Fact]
    public void Probability_outside_unit_interval_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentile.Of([1], 1.5));
}
