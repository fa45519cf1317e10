using OpsCentre.Actors.DeadLetters;
using OpsCentre.Actors.Persistence;
using OpsCentre.Actors.Tests.Support;

namespace OpsCentre.Actors.Tests.Entities;

public sealed class EntityActivationTests : TallyHostTest
{
    [Fact]
    public async Task Nothing_is_active_until_a_message_arrives()
    {
        Assert.Empty(await Tallies.Host.GetActiveKeysAsync());
        Assert.Empty(Tallies.Journal);
    }

    [Fact]
    public async Task The_first_message_activates_the_entity_with_its_stored_state()
    {
        await Tallies.Store.WriteAsync("a", TallyState.Empty with { Values = [5] }, 0, CancellationToken.None);

        await Tallies.AppendAsync("a", 6);

        Assert.Equal([5, 6], await Tallies.ReadAsync("a"));
        Assert.Equal(["activate a 5"], Tallies.Journal);
    }

    [Fact]
    public async Task Each_entity_is_activated_once_however_many_messages_it_receives()
    {
        await Tallies.AppendAsync("a", 1, 2, 3);
        await Tallies.AppendAsync("p1-b", 4);

        Assert.Equal(["a", "p1-b"], await Tallies.Host.GetActiveKeysAsync());
        Assert.Equal(["activate a ", "activate p1-b "], Tallies.Journal.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Messages_for_one_entity_are_processed_in_send_order()
    {
        var values = Enumerable.Range(0, 500).ToArray();

        await Tallies.AppendAsync("a", values);

        Assert.Equal(values, await Tallies.ReadAsync("a"));
    }

    [Fact]
    public async Task A_failed_activation_dead_letters_the_message_and_the_next_message_activates()
    {
        var store = new InMemoryEntityStateStore<TallyState>();
        await using var flaky = new TallyHostFixture(storeOverride: new FailingReadsStore<TallyState>(store, failures: 1));

        await flaky.AppendAsync("a", 1);
        await flaky.AppendAsync("a", 2);

        Assert.Equal([2], await flaky.ReadAsync("a"));
        var letter = Assert.Single(flaky.DeadLetters.Snapshot());
        Assert.Equal(("a", (object)new Append(1), DeadLetterReason.ProcessingFailed), (letter.EntityKey!, letter.Message!, letter.Reason));
        Assert.IsType<TimeoutException>(letter.Exception);
    }
}
