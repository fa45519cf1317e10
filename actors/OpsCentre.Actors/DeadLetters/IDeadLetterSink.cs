namespace OpsCentre.Actors.DeadLetters;

/// <summary>
/// Receives every message the actor layer could not process. <see cref="Publish"/> is called on actors' and senders'
/// threads, often on hot paths: it must not block and should not throw (a throwing sink loses the letter, which is
/// counted in <c>opscentre.actors.dead_letters.lost</c>, but never stops an actor).
/// </summary>
public interface IDeadLetterSink
{
    void Publish(DeadLetter deadLetter);
}
