namespace OpsCentre.Actors.Tests.Support;

/// <summary>Request-reply helpers and a hang guard for awaiting what actors do on other threads.</summary>
public static class ProbeExtensions
{
    /// <summary>Fails a hung test instead of blocking the run; not a timing assumption (all waits are on events).</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(15);

    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(HangGuard);

    public static Task Within(this Task task) => task.WaitAsync(HangGuard);

    public static async Task<IReadOnlyList<int>> ReportAsync(this ActorRef<IProbeMessage> actor)
    {
        var reply = new TaskCompletionSource<IReadOnlyList<int>>(TaskCreationOptions.RunContinuationsAsynchronously);
        await actor.TellAsync(new Report(reply));
        return await reply.Task.Within();
    }

    /// <summary>Sends a <see cref="Block"/> and returns once the actor is inside it (its mailbox is then empty).</summary>
    public static async Task<TaskCompletionSource> BlockAsync(this ActorRef<IProbeMessage> actor)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await actor.TellAsync(new Block(started, release.Task));
        await started.Task.Within();
        return release;
    }
}
