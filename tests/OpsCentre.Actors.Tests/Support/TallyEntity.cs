using System.Collections.Concurrent;
using OpsCentre.Actors.Entities;

namespace OpsCentre.Actors.Tests.Support;

/// <summary>An entity that appends values to its persisted state and journals its lifecycle hooks.</summary>
public sealed class TallyEntity(EntityContext<TallyState> context, ConcurrentQueue<string> journal)
    : Entity<TallyState, ITallyMessage>(context)
{
    protected override ValueTask ActivateAsync(CancellationToken cancellationToken)
    {
        journal.Enqueue($"activate {Key} {string.Join(',', State.Value.Values)}");
        return ValueTask.CompletedTask;
    }

    protected override ValueTask ReceiveAsync(ITallyMessage message, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case Append append:
                State.Value = State.Value with { Values = State.Value.Values.Add(append.Value) };
                break;
            case ReadTally read:
                read.Reply.TrySetResult(State.Value.Values);
                break;
            case Explode explode:
                throw explode.Exception;
        }

        return ValueTask.CompletedTask;
    }

    protected override ValueTask OnPassivateAsync(CancellationToken cancellationToken)
    {
        journal.Enqueue($"passivate {Key}");
        return base.OnPassivateAsync(cancellationToken);
    }

    protected override ValueTask OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        journal.Enqueue($"deactivate {Key} {reason}");
        return base.OnDeactivateAsync(reason, cancellationToken);
    }
}
