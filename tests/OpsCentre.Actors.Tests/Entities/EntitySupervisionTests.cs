using OpsCentre.Actors.DeadLetters;
using OpsCentre.Actors.Entities;
using OpsCentre.Actors.Mailboxes;
using OpsCentre.Actors.Supervision;
using OpsCentre.Actors.Tests.Support;

namespace OpsCentre.Actors.Tests.Entities;

public sealed class EntitySupervisionTests
{
    private static readonly InvalidOperationException Boom = new("boom");

    [Fact]
    public async Task Resume_keeps_the_entity_in_memory_state_and_dead_letters_the_failed_message_with_its_key()
    {
        await using var tallies = new TallyHostFixture(Strategy(Directive.Resume));

        await tallies.AppendAsync("a", 1);
        await tallies.Host.TellAsync("a", new Explode(Boom));
        await tallies.AppendAsync("a", 2);

        Assert.Equal([1, 2], await tallies.ReadAsync("a"));
        var letter = Assert.Single(tallies.DeadLetters.Snapshot());
        Assert.Equal(("a", (object)new Explode(Boom), DeadLetterReason.ProcessingFailed, (Exception)Boom), (letter.EntityKey!, letter.Message!, letter.Reason, letter.Exception!));
    }

    [Fact]
    public async Task Restart_discards_unflushed_state_and_reactivates_from_the_store()
    {
        await using var tallies = new TallyHostFixture(Strategy(Directive.Restart));
        await tallies.Store.WriteAsync("a", TallyState.Empty with { Values = [7] }, 0, CancellationToken.None);

        await tallies.AppendAsync("a", 1);
        await tallies.Host.TellAsync("a", new Explode(Boom));
        await tallies.AppendAsync("a", 2);

        Assert.Equal([7, 2], await tallies.ReadAsync("a"));
        Assert.Equal(["activate a 7", "deactivate a Failed", "activate a 7"], tallies.Journal);
        Assert.Equal(1, tallies.Store.Writes); // only the seed: state that failed is never flushed
    }

    [Fact]
    public async Task Stop_dead_letters_the_entity_messages_until_its_shard_is_deactivated()
    {
        await using var tallies = new TallyHostFixture(Strategy(Directive.Stop));

        await tallies.AppendAsync("a", 1);
        await tallies.Host.TellAsync("a", new Explode(Boom));
        await tallies.AppendAsync("a", 2);
        await tallies.AppendAsync("b", 3);

        Assert.Equal(["b"], await tallies.Host.GetActiveKeysAsync());
        Assert.Contains(tallies.DeadLetters.Snapshot(), l => l is { EntityKey: "a", Reason: DeadLetterReason.RecipientStopped, Message: Append { Value: 2 } });

        await tallies.Host.DeactivateShardAsync(0);
        await tallies.AppendAsync("a", 4);
        Assert.Equal([4], await tallies.ReadAsync("a"));
    }

    [Fact]
    public async Task Restarts_beyond_the_limit_stop_the_entity()
    {
        await using var tallies = new TallyHostFixture(SupervisorStrategy.Default with { MaxRestarts = 1 });

        await tallies.Host.TellAsync("a", new Explode(Boom));
        Assert.Equal(["a"], await tallies.Host.GetActiveKeysAsync());
        await tallies.Host.TellAsync("a", new Explode(Boom));

        Assert.Empty(await tallies.Host.GetActiveKeysAsync());
        await tallies.AppendAsync("a", 1);
        await tallies.Host.GetActiveKeysAsync();
        Assert.Equal(DeadLetterReason.RecipientStopped, tallies.DeadLetters.Snapshot()[^1].Reason);
    }

    [Fact]
    public async Task Escalate_fails_the_shard_which_reports_to_the_system_and_flushes_its_other_entities()
    {
        await using var tallies = new TallyHostFixture(Strategy(Directive.Escalate));
        await tallies.AppendAsync("b", 1);
        await tallies.AppendAsync("p1-c", 1);

        await tallies.Host.TellAsync("a", new Explode(Boom));

        var failure = await tallies.Unhandled.WaitForAsync(f => f.Kind == ActorFailureKind.Escalated);
        Assert.Equal(["p1-c"], await tallies.Host.GetActiveKeysAsync()); // returns once the failed shard has stopped
        var escalated = Assert.IsType<EntityFailureException>(failure.Exception);
        Assert.Equal(("tallies/shard-0", "a", (Exception)Boom), (failure.ActorName, escalated.EntityKey, escalated.InnerException!));
        Assert.Equal([1], (await tallies.Store.ReadAsync("b", CancellationToken.None))!.State.Values);
        Assert.Equal(TellResult.RecipientStopped, tallies.Host.TryTell("b", new Append(2)));
    }

    private static SupervisorStrategy Strategy(Directive directive) => SupervisorStrategy.Default with { Otherwise = directive };
}
