using OpsCentre.Detection.Seasonal;

namespace OpsCentre.Detection.Tests.Seasonal;

public class SmoothedSlotProfileTests
{
    private const int Slot = 5;

    [Fact]
    public void A_slot_says_nothing_until_it_has_seen_the_minimum_cycles()
    {
        var profile = new SmoothedSlotProfile(slotCount: 24, cyclesRemembered: 4, minimumSamples: 3);
        Feed(profile, cycles: [10, 12], scale: double.NaN);

        Assert.True(double.IsNaN(profile.Expected(Slot)));
    }

    [Fact]
    public void Over_its_first_cycles_a_slot_expects_the_plain_mean_of_their_means()
    {
        var profile = new SmoothedSlotProfile(24, 4, 3);
        Feed(profile, cycles: [10, 12, 14, 16], scale: double.NaN);

        Assert.Equal(13, profile.Expected(Slot), 5);
    }

    [Fact]
    public void One_odd_cycle_moves_the_expectation_by_at_most_the_clip_not_by_its_share_of_the_outlier()
    {
        var profile = new SmoothedSlotProfile(24, 4, 3);
        Feed(profile, cycles: [10, 10, 10, 10, 1_000], scale: 1);

        // Unclipped, a fourth of the 990 jump would move it to 257.5; clipped at 2.5 σ it moves 2.5 / 4.
        Assert.Equal(10.625, profile.Expected(Slot), 5);
    }

    [Fact]
    public void A_lasting_change_is_learnt_within_a_few_cycles()
    {
        var profile = new SmoothedSlotProfile(24, 4, 3);
        Feed(profile, cycles: [10, 10, 10, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20], scale: 5);

        Assert.InRange(profile.Expected(Slot), 18, 20);
    }

    /// <summary>One cycle per value: three readings in the slot averaging it, then the next cycle closes it.</summary>
    private static void Feed(SmoothedSlotProfile profile, double[] cycles, double scale)
    {
        for (var cycle = 0; cycle < cycles.Length; cycle++)
        {
            var absoluteSlot = (cycle * 24L) + Slot;
            foreach (var offset in new[] { -1.0, 0, 1 })
            {
                profile.Add(absoluteSlot, Slot, cycles[cycle] + offset, scale);
            }
        }

        profile.Add((cycles.Length * 24L) + Slot, Slot, 0, scale);
    }
}
