using OpsCentre.Actors.Mailboxes;
using OpsCentre.Actors.Metrics;
using OpsCentre.Actors.Tests.Support;

namespace OpsCentre.Actors.Tests.Metrics;

public sealed class ActorMetricsTests : ActorSystemTest
{
    private readonly MetricReadings metrics;

    public ActorMetricsTests() => metrics = new MetricReadings(Actors);

    public override async Task DisposeAsync()
    {
        metrics.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Mailbox_depth_messages_processed_and_handling_time_are_observable_per_actor()
    {
        var actor = Actors.Spawn("measured", ProbeActor.Props(Journal));
        var release = await actor.BlockAsync();
        for (var i = 0; i < 3; i++)
        {
            await actor.TellAsync(new Note(i));
        }

        Assert.Equal(3, metrics.Observe(ActorMetricNames.MailboxDepth, ("actor", "measured")));

        release.SetResult();
        await actor.ReportAsync();
        await actor.ReportAsync(); // the batch holding the first report is recorded before the second is taken

        Assert.Equal(0, metrics.Observe(ActorMetricNames.MailboxDepth, ("actor", "measured")));
        Assert.True(metrics.Observe(ActorMetricNames.MessagesProcessed, ("actor", "measured")) >= 5);
        Assert.True(metrics.Observe(ActorMetricNames.ProcessingTime, ("actor", "measured")) > 0);
    }

    [Fact]
    public async Task Pressure_dead_letters_and_restarts_are_counted()
    {
        var actor = Actors.Spawn("counted", ProbeActor.Props(Journal) with
        {
            Mailbox = new MailboxOptions { Capacity = 4, SoftLimit = 2 },
        });
        var release = await actor.BlockAsync();
        for (var i = 0; i < 5; i++)
        {
            actor.TryTell(new Note(i));
        }

        release.SetResult();
        await actor.TellAsync(new Fail(new InvalidOperationException("boom")));
        await actor.ReportAsync();

        Assert.Equal(1, metrics.Sum(ActorMetricNames.MailboxPressure, ("actor", "counted")));
        Assert.Equal(1, metrics.Sum(ActorMetricNames.DeadLetters, ("actor", "counted"), ("reason", "MailboxFull")));
        Assert.Equal(1, metrics.Sum(ActorMetricNames.DeadLetters, ("actor", "counted"), ("reason", "ProcessingFailed")));
        Assert.Equal(1, metrics.Sum(ActorMetricNames.Restarts, ("actor", "counted")));
    }

    [Fact]
    public async Task Active_entities_and_activations_are_reported_per_shard()
    {
        await using var tallies = new TallyHostFixture();
        using var entityMetrics = new MetricReadings(tallies.System);

        await tallies.AppendAsync("a", 1);
        await tallies.AppendAsync("b", 1);
        await tallies.AppendAsync("p1-c", 1);
        await tallies.Host.GetActiveKeysAsync();

        Assert.Equal(2, entityMetrics.Observe(ActorMetricNames.EntitiesActive, ("shard", "tallies/shard-0")));
        Assert.Equal(1, entityMetrics.Observe(ActorMetricNames.EntitiesActive, ("shard", "tallies/shard-1")));
        Assert.Equal(2, entityMetrics.Sum(ActorMetricNames.EntityActivations, ("shard", "tallies/shard-0")));
    }
}
