using OpsCentre.Detection.Primitives;

namespace OpsCentre.Detection.Tests.Primitives;

public class SortedWindowTests
{
    [Fact]
    public void Quantiles_match_a_sorted_copy_of_the_last_values()
    {
        var random = new Random(40);
        var window = new SortedWindow(37);
        var all = new List<double>();
        for (var i = 0; i < 500; i++)
        {
            // Rounded values force duplicates, the case where eviction must find an equal element.
            var value = Math.Round(random.NextDouble() * 10);
            window.Add(value);
            all.Add(value);
            var expected = all.TakeLast(37).Order().ToArray();
            Assert.Equal(expected[(expected.Length - 1) / 2] + (expected.Length % 2 == 0 ? (expected[expected.Length / 2] - expected[(expected.Length - 1) / 2]) / 2 : 0), window.Median, 12);
            Assert.Equal(expected[0], window.Quantile(0), 12);
            Assert.Equal(expected[^1], window.Quantile(1), 12);
        }
    }

    [Fact]
    public void Rank_counts_values_strictly_below_and_above()
    {
        var window = new SortedWindow(10);
        foreach (var value in new double[] { 1, 2, 2, 3, 4 })
        {
            window.Add(value);
        }

        Assert.Equal((0.2, 0.4), window.RankOf(2));
    }

    [Fact]
    public void Ring_buffer_evicts_the_oldest_first()
    {
        var ring = new RingBuffer(3);
        ring.Add(1);
        ring.Add(2);
        ring.Add(3);

        Assert.True(ring.Add(4, out var evicted));
        Assert.Equal(1, evicted);
        Assert.Equal([2.0, 3.0, 4.0], Enumerable.Range(0, ring.Count).Select(i => ring[i]));
    }
}
