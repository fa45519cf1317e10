namespace OpsCentre.Actors.Mailboxes;

/// <summary>What happened to a message handed to an actor.</summary>
public enum TellResult
{
    /// <summary>The message is in the mailbox and will be processed.</summary>
    Accepted,

    /// <summary>The mailbox was at its hard limit; the overflow policy decided whether it was dead-lettered.</summary>
    MailboxFull,

    /// <summary>The actor is stopping or stopped; the message went to the dead-letter sink.</summary>
    RecipientStopped,
}
