using OpsCentre.Actors.DeadLetters;
using OpsCentre.Actors.Entities;
using OpsCentre.Actors.Mailboxes;
using OpsCentre.Actors.Persistence;
using OpsCentre.Actors.Supervision;
using OpsCentre.Actors.Tests.Support;

namespace OpsCentre.Actors.Tests.Entities;

public sealed class EntityDeactivationTests : TallyHostTest
{
    [Fact]
    public async Task Deactivating_all_flushes_every_entity_and_reports_them()
    {
        await Tallies.AppendAsync("a", 1);
        await Tallies.AppendAsync("b", 2);
        await Tallies.AppendAsync("p1-c", 3);

        var report = await Tallies.Host.DeactivateAllAsync();

        Assert.Equal((3, true), (report.Deactivated, report.AllFlushed));
        Assert.Empty(await Tallies.Host.GetActiveKeysAsync());
        Assert.Equal(3, Tallies.Store.Count);
        Assert.Equal([3], (await Tallies.Store.ReadAsync("p1-c", CancellationToken.None))!.State.Values);
        Assert.Contains("deactivate a Requested", Tallies.Journal);
    }

    [Fact]
    public async Task Messages_sent_before_a_deactivation_are_processed_and_flushed_by_it()
    {
        // No barrier between the sends and the deactivation: it queues behind them.
        foreach (var value in Enumerable.Range(0, 100))
        {
            Tallies.Host.TryTell("a", new Append(value));
        }

        await Tallies.Host.DeactivateAllAsync();

        Assert.Equal(Enumerable.Range(0, 100), (await Tallies.Store.ReadAsync("a", CancellationToken.None))!.State.Values);
    }

    [Fact]
    public async Task Deactivating_one_shard_leaves_the_other_shards_entities_active()
    {
        await Tallies.AppendAsync("a", 1);
        await Tallies.AppendAsync("p1-b", 2);

        var report = await Tallies.Host.DeactivateShardAsync(1);

        Assert.Equal(1, report.Deactivated);
        Assert.Equal(["a"], await Tallies.Host.GetActiveKeysAsync());
        Assert.NotNull(await Tallies.Store.ReadAsync("p1-b", CancellationToken.None));
        Assert.Null(await Tallies.Store.ReadAsync("a", CancellationToken.None));
    }

    [Fact]
    public async Task A_flush_refused_by_the_store_is_reported_with_the_entity_key()
    {
        await Tallies.AppendAsync("a", 1);
        await Tallies.AppendAsync("b", 2);
        await Tallies.Host.GetActiveKeysAsync();
        // Another owner of the partition wrote "a" meanwhile: this node's write must be fenced off.
        await Tallies.Store.WriteAsync("a", TallyState.Empty, 0, CancellationToken.None);

        var report = await Tallies.Host.DeactivateAllAsync();

        Assert.Equal(2, report.Deactivated);
        Assert.Equal(["a"], report.FailedKeys);
        Assert.False(report.AllFlushed);
        var failure = await Tallies.Unhandled.WaitForAsync(f => f.EntityKey == "a");
        Assert.Equal(ActorFailureKind.LifecycleHook, failure.Kind);
        Assert.IsType<EntityStateConflictException>(failure.Exception);
    }

    [Fact]
    public async Task Stopping_the_host_flushes_its_entities_and_later_messages_are_dead_lettered()
    {
        await Tallies.AppendAsync("a", 1);

        var report = await Tallies.Host.StopAsync();
        var late = Tallies.Host.TryTell("a", new Append(2));

        Assert.Equal(1, report.Deactivated);
        Assert.Contains("deactivate a HostStopping", Tallies.Journal);
        Assert.Equal(TellResult.RecipientStopped, late);
        var letter = Assert.Single(Tallies.DeadLetters.Snapshot());
        Assert.Equal(("tallies/shard-0", "a", (object)new Append(2), DeadLetterReason.RecipientStopped), (letter.Recipient, letter.EntityKey!, letter.Message!, letter.Reason));
    }
}
