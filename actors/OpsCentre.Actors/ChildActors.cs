namespace OpsCentre.Actors;

/// <summary>The children of one actor: added when spawned, removed when they stop, all stopped with their parent.</summary>
internal sealed class ChildActors(string parentName)
{
    private readonly Lock gate = new();
    private readonly List<IActorCell> children = [];
    private bool closed;

    /// <summary>Spawns and registers a child, unless the parent has begun stopping its children.</summary>
    public TChild Add<TChild>(string childName, Func<TChild> spawn)
        where TChild : IActorCell
    {
        lock (gate)
        {
            if (closed)
            {
                throw new InvalidOperationException($"Actor '{parentName}' is stopping and cannot spawn '{childName}'.");
            }

            var child = spawn();
            children.Add(child);
            return child;
        }
    }

    public void Remove(IActorCell child)
    {
        lock (gate)
        {
            children.Remove(child);
        }
    }

    /// <summary>Refuses further children and stops the current ones in <paramref name="mode"/>.</summary>
    public Task StopAllAsync(StopMode mode)
    {
        IActorCell[] toStop;
        lock (gate)
        {
            closed = true;
            toStop = [.. children];
        }

        return Task.WhenAll(toStop.Select(child => child.StopAsync(mode, CancellationToken.None)));
    }
}
