using OpsCentre.Actors.DeadLetters;
using OpsCentre.Actors.Mailboxes;

namespace OpsCentre.Actors;

/// <summary>
/// The only way to reach an actor: send it messages, watch its mailbox, stop it. Safe to share between threads.
/// </summary>
public sealed class ActorRef<TMessage>
{
    private readonly ActorCell<TMessage> cell;

    internal ActorRef(ActorCell<TMessage> cell) => this.cell = cell;

    public string Name => cell.Name;

    /// <summary>Messages waiting in the mailbox.</summary>
    public long MailboxDepth => cell.Mailbox.Depth;

    /// <summary>True while the mailbox is above its soft limit (until it drains to half of it).</summary>
    public bool IsUnderPressure => cell.Mailbox.IsAboveSoftLimit;

    /// <summary>True once the actor refuses messages (stopping or stopped).</summary>
    public bool IsStopping => cell.Mailbox.IsClosed;

    /// <summary>Completes when the actor has stopped, its PostStop has run and its children have stopped.</summary>
    public Task<ActorTermination> Termination => cell.Termination;

    /// <summary>
    /// Sends without waiting. At the hard limit the message is refused (<see cref="TellResult.MailboxFull"/>) and
    /// dead-lettered or not per the mailbox's <see cref="MailboxOverflowPolicy"/>; to a stopping actor it is
    /// dead-lettered (<see cref="TellResult.RecipientStopped"/>).
    /// </summary>
    public TellResult TryTell(TMessage message)
    {
        var result = cell.Mailbox.TryEnqueue(message);
        if (result != TellResult.Accepted)
        {
            cell.Refused(message, result);
        }

        return result;
    }

    /// <summary>
    /// Sends a batch without waiting, reserving mailbox room for all of it at once. Messages are accepted in order
    /// up to the hard limit; the rest are refused as by <see cref="TryTell"/>.
    /// </summary>
    /// <returns>How many leading messages were accepted.</returns>
    public int TryTellMany(ReadOnlySpan<TMessage> messages)
    {
        var accepted = cell.Mailbox.TryEnqueueMany(messages, out var stopped);
        var refusal = stopped ? TellResult.RecipientStopped : TellResult.MailboxFull;
        foreach (var message in messages[accepted..])
        {
            cell.Refused(message, refusal);
        }

        return accepted;
    }

    /// <summary>
    /// Sends, waiting while the mailbox is full (back-pressure). Completes synchronously when there is room.
    /// </summary>
    /// <returns><see cref="TellResult.Accepted"/>, or <see cref="TellResult.RecipientStopped"/> (the message was
    /// dead-lettered) if the actor stopped first.</returns>
    /// <exception cref="OperationCanceledException">Cancelled while waiting; the message was not sent.</exception>
    public ValueTask<TellResult> TellAsync(TMessage message, CancellationToken cancellationToken = default)
    {
        var result = cell.Mailbox.TryEnqueue(message);
        return result switch
        {
            TellResult.Accepted => new ValueTask<TellResult>(result),
            TellResult.RecipientStopped => new ValueTask<TellResult>(RefuseStopped(message)),
            _ => WaitAndTellAsync(message, cancellationToken),
        };
    }

    /// <summary>
    /// Sends a batch in order, waiting for room whenever the mailbox is full.
    /// </summary>
    /// <returns>How many were accepted: all of them, unless the actor stopped (the rest were dead-lettered).</returns>
    /// <exception cref="OperationCanceledException">Cancelled while waiting; messages not yet accepted were not sent.
    /// </exception>
    public ValueTask<int> TellManyAsync(ReadOnlyMemory<TMessage> messages, CancellationToken cancellationToken = default)
    {
        var accepted = cell.Mailbox.TryEnqueueMany(messages.Span, out var stopped);
        if (accepted == messages.Length)
        {
            return new ValueTask<int>(accepted);
        }

        if (stopped)
        {
            RefuseStopped(messages.Span[accepted..]);
            return new ValueTask<int>(accepted);
        }

        return WaitAndTellManyAsync(messages, accepted, cancellationToken);
    }

    /// <summary>Stops the actor and waits until it has stopped.</summary>
    /// <param name="mode">Drain the queued messages first, or dead-letter them.</param>
    /// <param name="cancellationToken">Cancelling gives up waiting and turns a drain into a drop.</param>
    public Task StopAsync(StopMode mode = StopMode.Drain, CancellationToken cancellationToken = default) =>
        cell.StopAsync(mode, cancellationToken);

    public override string ToString() => Name;

    /// <summary>For the layer's own traffic (timer ticks, control commands) that must not become dead letters.</summary>
    internal Mailbox<TMessage> Mailbox => cell.Mailbox;

    private async ValueTask<TellResult> WaitAndTellAsync(TMessage message, CancellationToken cancellationToken)
    {
        var result = await cell.Mailbox.EnqueueAsync(message, cancellationToken).ConfigureAwait(false);
        return result == TellResult.RecipientStopped ? RefuseStopped(message) : result;
    }

    private async ValueTask<int> WaitAndTellManyAsync(
        ReadOnlyMemory<TMessage> messages, int accepted, CancellationToken cancellationToken)
    {
        while (accepted < messages.Length)
        {
            await cell.Mailbox.WaitForSpaceAsync(cancellationToken).ConfigureAwait(false);
            accepted += cell.Mailbox.TryEnqueueMany(messages.Span[accepted..], out var stopped);
            if (stopped)
            {
                RefuseStopped(messages.Span[accepted..]);
                break;
            }
        }

        return accepted;
    }

    private TellResult RefuseStopped(TMessage message)
    {
        cell.Refused(message, TellResult.RecipientStopped);
        return TellResult.RecipientStopped;
    }

    private void RefuseStopped(ReadOnlySpan<TMessage> messages)
    {
        foreach (var message in messages)
        {
            cell.Refused(message, TellResult.RecipientStopped);
        }
    }
}
