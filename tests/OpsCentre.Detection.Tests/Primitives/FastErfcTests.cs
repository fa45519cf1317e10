using MathNet.Numerics;
using OpsCentre.Detection.Primitives;

namespace OpsCentre.Detection.Tests.Primitives;

public class FastErfcTests
{
    [Fact]
    public void Relative_error_stays_below_two_in_ten_million_into_the_far_tail()
    {
        for (var x = -6.0; x <= 26; x += 0.01)
        {
            var exact = SpecialFunctions.Erfc(x);
            Assert.True(Math.Abs(FastErfc.Of(x) - exact) <= 2e-7 * exact, $"erfc({x}) = {FastErfc.Of(x)} vs {exact}");
        }
    }

    [Fact]
    public void The_normal_tail_is_half_at_zero_and_matches_the_known_quantile()
    {
        Assert.Equal(0.5, FastErfc.NormalTail(0), 7);
        Assert.Equal(0.025, FastErfc.NormalTail(1.959963985), 8);
    }
}
