using OpsCentre.Actors.Supervision;

namespace OpsCentre.Actors.Mailboxes;

/// <summary>
/// One slot in a mailbox: a single message, a <see cref="MessageRun{TMessage}"/> from a batched tell, or a failure
/// escalated by a child. Kept to a message and one reference so a slot stays small for the common single message.
/// </summary>
/// <remarks>
/// Child failures share the queue so that they are handled in order with the messages and wake the actor like any
/// message, but they do not count against the bound: a child must be able to escalate to a parent whose mailbox is
/// full.
/// </remarks>
internal readonly struct MailboxEntry<TMessage>
{
    private readonly object? runOrFailure;

    private MailboxEntry(TMessage message, object? runOrFailure)
    {
        Message = message;
        this.runOrFailure = runOrFailure;
    }

    public TMessage Message { get; }

    public bool IsSingleMessage => runOrFailure is null;

    public MessageRun<TMessage>? Run => runOrFailure as MessageRun<TMessage>;

    public ChildFailure? ChildFailure => runOrFailure as ChildFailure;

    /// <summary>How many messages (mailbox slots) the entry holds.</summary>
    public int MessageCount => runOrFailure switch
    {
        null => 1,
        MessageRun<TMessage> run => run.Length,
        _ => 0,
    };

    public static MailboxEntry<TMessage> Single(TMessage message) => new(message, null);

    public static MailboxEntry<TMessage> RunOf(ReadOnlySpan<TMessage> messages) =>
        new(default!, new MessageRun<TMessage>(messages));

    public static MailboxEntry<TMessage> Failure(ChildFailure failure) => new(default!, failure);
}
