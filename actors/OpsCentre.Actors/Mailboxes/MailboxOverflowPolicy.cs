namespace OpsCentre.Actors.Mailboxes;

/// <summary>What a non-waiting tell does with a message that finds the mailbox at its hard limit.</summary>
public enum MailboxOverflowPolicy
{
    /// <summary>The message is handed to the dead-letter sink (reason <c>MailboxFull</c>) and the tell reports it.</summary>
    DeadLetter,

    /// <summary>The tell reports <see cref="TellResult.MailboxFull"/> and the caller keeps the message (e.g. to retry).</summary>
    Reject,
}
