using OpsCentre.Actors.Mailboxes;
using OpsCentre.Actors.Supervision;

namespace OpsCentre.Actors;

/// <summary>
/// Everything needed to create an actor and re-create it on restart.
/// </summary>
/// <param name="Factory">Creates a fresh instance with fresh state; called at spawn and on every restart.</param>
/// <remarks>
/// The supervisor strategy travels with the actor rather than living in its parent as in Akka.NET; whoever spawns
/// the actor chooses it, which comes to the same thing without a parent type per child type.
/// </remarks>
public sealed record ActorProps<TMessage>(Func<Actor<TMessage>> Factory)
{
    /// <summary>Mailbox bounds; default <see cref="MailboxOptions"/> (1024 messages).</summary>
    public MailboxOptions Mailbox { get; init; } = new();

    /// <summary>How failures of this actor are handled; default <see cref="SupervisorStrategy.Default"/>.</summary>
    public SupervisorStrategy Supervisor { get; init; } = SupervisorStrategy.Default;

    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Factory);
        ArgumentNullException.ThrowIfNull(Mailbox);
        ArgumentNullException.ThrowIfNull(Supervisor);
        Mailbox.Validate();
        Supervisor.Validate();
    }
}
