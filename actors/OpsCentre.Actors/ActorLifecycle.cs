namespace OpsCentre.Actors;

/// <summary>
/// An actor's current instance and the hooks that move it between lives: PreStart; on restart PreRestart on the
/// failed instance, a fresh instance from the factory, PostRestart; PostStop. Whether a failing hook is fatal is
/// the cell's decision, so start failures are returned and other hook failures are handed to a reporter.
/// </summary>
internal sealed class ActorLifecycle<TMessage>
{
    private readonly Func<Actor<TMessage>> factory;
    private readonly ActorContext<TMessage> context;
    private bool running;

    /// <summary>Creates the first instance; a throwing factory fails the spawn itself.</summary>
    public ActorLifecycle(Func<Actor<TMessage>> factory, ActorContext<TMessage> context)
    {
        this.factory = factory;
        this.context = context;
        Current = Create();
    }

    public Actor<TMessage> Current { get; private set; }

    /// <returns>The exception PreStart threw, if it did.</returns>
    public async ValueTask<Exception?> StartAsync()
    {
        try
        {
            await Current.PreStartAsync().ConfigureAwait(false);
            running = true;
            return null;
        }
        catch (Exception startFailure)
        {
            return startFailure;
        }
    }

    /// <returns>The exception that kept the fresh instance from starting (factory or PostRestart), if any.</returns>
    public async ValueTask<Exception?> RestartAsync(Exception reason, TMessage? message, Action<Exception> reportHookFailure)
    {
        try
        {
            await Current.PreRestartAsync(reason, message).ConfigureAwait(false);
        }
        catch (Exception hookFailure)
        {
            // The failed instance is discarded either way; report the hook rather than abandon the restart.
            reportHookFailure(hookFailure);
        }

        running = false;
        try
        {
            Current = Create();
            await Current.PostRestartAsync(reason).ConfigureAwait(false);
            running = true;
            return null;
        }
        catch (Exception startFailure)
        {
            return startFailure;
        }
    }

    /// <summary>Runs PostStop, unless the current instance never started or was already stopped by a restart.</summary>
    public async ValueTask StopAsync(Action<Exception> reportHookFailure)
    {
        if (!running)
        {
            return;
        }

        running = false;
        try
        {
            await Current.PostStopAsync().ConfigureAwait(false);
        }
        catch (Exception hookFailure)
        {
            reportHookFailure(hookFailure);
        }
    }

    private Actor<TMessage> Create()
    {
        var instance = factory()
            ?? throw new InvalidOperationException($"The factory of actor '{context.Name}' returned null.");
        instance.AttachTo(context);
        return instance;
    }
}
