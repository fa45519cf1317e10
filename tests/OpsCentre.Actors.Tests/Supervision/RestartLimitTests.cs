using OpsCentre.Actors.Supervision;
using OpsCentre.Actors.Tests.Support;

namespace OpsCentre.Actors.Tests.Supervision;

public sealed class RestartLimitTests : ActorSystemTest
{
    private readonly ManualClock clock;
    private readonly ActorRef<IProbeMessage> actor;

    public RestartLimitTests()
        : this(new ManualClock())
    {
    }

    private RestartLimitTests(ManualClock clock)
        : base(clock)
    {
        this.clock = clock;
        actor = Actors.Spawn("limited", ProbeActor.Props(Journal) with
        {
            Supervisor = SupervisorStrategy.Default with { MaxRestarts = 2, WithinTimeSpan = TimeSpan.FromMinutes(1) },
        });
    }

    [Fact]
    public async Task A_failure_beyond_the_restart_limit_within_the_window_stops_the_actor()
    {
        await FailAsync();
        await FailAsync();
        Assert.Empty(await actor.ReportAsync());

        await FailAsync();

        var termination = await actor.Termination.Within();
        Assert.Equal(TerminationReason.RestartLimitExceeded, termination.Reason);
        Assert.Contains("PreStart#3", Journal.Hooks);
        Assert.DoesNotContain("PreStart#4", Journal.Hooks);
        Assert.Equal("PostStop#3", Journal.Hooks[^1]);
    }

    [Fact]
    public async Task Restarts_that_fall_out_of_the_window_no_longer_count()
    {
        await FailAsync();
        await FailAsync();
        await actor.ReportAsync();
        clock.Advance(TimeSpan.FromMinutes(1));

        await FailAsync();
        await actor.TellAsync(new Note(5));

        Assert.Equal([5], await actor.ReportAsync());
        Assert.False(actor.Termination.IsCompleted);
    }

    [Fact]
    public async Task Zero_restarts_allowed_turns_the_first_restart_into_a_stop()
    {
        var strict = Actors.Spawn("strict", ProbeActor.Props(new ProbeJournal()) with
        {
            Supervisor = SupervisorStrategy.Default with { MaxRestarts = 0 },
        });

        await strict.TellAsync(new Fail(new InvalidOperationException("once")));

        Assert.Equal(TerminationReason.RestartLimitExceeded, (await strict.Termination.Within()).Reason);
    }

    private async Task FailAsync() => await actor.TellAsync(new Fail(new InvalidOperationException("again")));
}
