namespace OpsCentre.Actors.DeadLetters;

/// <summary>Why a message was not processed.</summary>
public enum DeadLetterReason
{
    /// <summary>The recipient was stopping or stopped when the message was sent, or was stopped with it queued.</summary>
    RecipientStopped,

    /// <summary>The recipient's mailbox was at its hard limit and its overflow policy dead-letters.</summary>
    MailboxFull,

    /// <summary>The handler threw; <see cref="DeadLetter.Exception"/> holds the exception.</summary>
    ProcessingFailed,
}
