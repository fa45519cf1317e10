using OpsCentre.Detection.Primitives;

namespace OpsCentre.Detection.Tests.Primitives;

public class BitRingTests
{
    [Fact]
    public void The_count_of_true_outcomes_follows_the_last_capacity_outcomes_across_word_boundaries()
    {
        var random = new Random(7);
        var ring = new BitRing(100);
        var all = new List<bool>();
        for (var i = 0; i < 1_000; i++)
        {
            var outcome = random.NextDouble() < 0.3;
            ring.Add(outcome);
            all.Add(outcome);

            Assert.Equal(Math.Min(all.Count, 100), ring.Count);
            Assert.Equal(all.TakeLast(100).Count(o => o), ring.TrueCount);
        }
    }

    [Fact]
    public void A_capacity_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BitRing(0));
    }
}
