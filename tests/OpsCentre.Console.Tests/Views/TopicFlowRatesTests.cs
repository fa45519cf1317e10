using OpsCentre.Console.Views;

namespace OpsCentre.Console.Tests.Views;

public sealed class TopicFlowRatesTests
{
    [Fact]
    public void Rate_is_growth_of_end_offsets_per_second()
    {
        var flows = TopicFlowRates.Between(
            [new TopicOffsets("city.traffic.v1", 6, 1_000), new TopicOffsets("ops.deadletter.v1", 6, 4)],
            [new TopicOffsets("city.traffic.v1", 6, 1_500), new TopicOffsets("ops.deadletter.v1", 6, 4)],
            TimeSpan.FromSeconds(2));

        Assert.Equal(new TopicFlow("city.traffic.v1", 6, 1_500, 250), flows[0]);
        Assert.Equal(new TopicFlow("ops.deadletter.v1", 6, 4, 0), flows[1]);
    }

    [Fact]
    public void The_first_reading_and_new_topics_start_at_zero()
    {
        Assert.Equal(0, TopicFlowRates.Between(null, [new TopicOffsets("a", 1, 10)], TimeSpan.FromSeconds(2))[0].MessagesPerSecond);
        Assert.Equal(0, TopicFlowRates.Between([new TopicOffsets("a", 1, 10)], [new TopicOffsets("b", 1, 99)], TimeSpan.FromSeconds(2))[0].MessagesPerSecond);
    }

    [Fact]
    public void A_replaced_cluster_whose_offsets_went_down_shows_zero_not_a_negative_rate()
    {
        var flows = TopicFlowRates.Between([new TopicOffsets("a", 1, 5_000)], [new TopicOffsets("a", 1, 12)], TimeSpan.FromSeconds(2));

        Assert.Equal(0, flows[0].MessagesPerSecond);
    }
}
