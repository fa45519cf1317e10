using OpsCentre.Actors.Tests.Support;

namespace OpsCentre.Actors.Tests.Entities;

public sealed class EntityPassivationTests : TallyHostTest
{
    [Fact]
    public async Task An_entity_idle_for_the_idle_timeout_is_passivated_and_its_state_flushed()
    {
        await Tallies.AppendAsync("a", 1);
        await Tallies.Host.GetActiveKeysAsync();

        Tallies.Clock.Advance(TallyHostFixture.IdleTimeout - TallyHostFixture.ScanInterval);
        Assert.Equal(["a"], await Tallies.Host.GetActiveKeysAsync());
        Assert.Null(await Tallies.Store.ReadAsync("a", CancellationToken.None));

        Tallies.Clock.Advance(TallyHostFixture.ScanInterval);

        Assert.Empty(await Tallies.Host.GetActiveKeysAsync());
        Assert.Equal("passivate a", Tallies.Journal.Last());
        var flushed = await Tallies.Store.ReadAsync("a", CancellationToken.None);
        Assert.Equal([1], flushed!.State.Values);
        Assert.Equal(1, flushed.Version);
    }

    [Fact]
    public async Task Each_message_restarts_the_idle_timeout()
    {
        await Tallies.AppendAsync("a", 1);
        await Tallies.AppendAsync("p1-b", 1);
        await Tallies.Host.GetActiveKeysAsync();
        Tallies.Clock.Advance(TimeSpan.FromMinutes(9));
        await Tallies.AppendAsync("a", 2);
        await Tallies.Host.GetActiveKeysAsync();

        Tallies.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(["a"], await Tallies.Host.GetActiveKeysAsync());
        Tallies.Clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Empty(await Tallies.Host.GetActiveKeysAsync());
    }

    [Fact]
    public async Task A_passivated_entity_comes_back_with_its_flushed_state_on_its_next_message()
    {
        await Tallies.AppendAsync("a", 1);
        await Tallies.Host.GetActiveKeysAsync();
        Tallies.Clock.Advance(TallyHostFixture.IdleTimeout);
        Assert.Empty(await Tallies.Host.GetActiveKeysAsync());

        await Tallies.AppendAsync("a", 2);

        Assert.Equal([1, 2], await Tallies.ReadAsync("a"));
        Assert.Equal(["activate a ", "passivate a", "activate a 1"], Tallies.Journal);
    }

    [Fact]
    public async Task Passivating_an_unchanged_entity_writes_nothing()
    {
        await Tallies.ReadAsync("a");
        Tallies.Clock.Advance(TallyHostFixture.IdleTimeout);

        Assert.Empty(await Tallies.Host.GetActiveKeysAsync());
        Assert.Equal(0, Tallies.Store.Writes);
    }
}
