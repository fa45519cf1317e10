namespace OpsCentre.Actors.Tests.Support;

/// <summary>
/// An actor whose behaviour the test scripts through <see cref="IProbeMessage"/>s. Its state is the list of values
/// it recorded, which a restart resets; hooks and recorded values also go to a journal that outlives restarts.
/// </summary>
public sealed class ProbeActor(ProbeJournal journal) : Actor<IProbeMessage>
{
    private readonly int instance = journal.NextInstance();
    private readonly List<int> state = [];

    public static ActorProps<IProbeMessage> Props(ProbeJournal journal) => new(() => new ProbeActor(journal));

    protected override async ValueTask ReceiveAsync(IProbeMessage message)
    {
        switch (message)
        {
            case Note note:
                state.Add(note.Value);
                journal.Record(note.Value);
                break;
            case Block block:
                block.Started.TrySetResult();
                await block.Release.WaitAsync(Context.Stopping);
                break;
            case Fail fail:
                throw fail.Exception;
            case Report report:
                report.Reply.TrySetResult([.. state]);
                break;
            case SpawnChild spawn:
                spawn.Reply.TrySetResult(Context.Spawn(spawn.Name, spawn.Props));
                break;
            case Overlap:
                journal.EnterHandler();
                await Task.Yield();
                journal.LeaveHandler();
                break;
        }
    }

    protected override ValueTask PreStartAsync()
    {
        journal.Hook($"PreStart#{instance}");
        return ValueTask.CompletedTask;
    }

    protected override ValueTask PostStopAsync()
    {
        journal.Hook($"PostStop#{instance}");
        return ValueTask.CompletedTask;
    }

    protected override ValueTask PreRestartAsync(Exception reason, IProbeMessage? message)
    {
        journal.Hook($"PreRestart#{instance}({reason.Message}, {message?.GetType().Name ?? "no message"})");
        return base.PreRestartAsync(reason, message);
    }

    protected override ValueTask PostRestartAsync(Exception reason)
    {
        journal.Hook($"PostRestart#{instance}({reason.Message})");
        return base.PostRestartAsync(reason);
    }
}
