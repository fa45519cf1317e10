using OpsCentre.Actors.DeadLetters;

namespace OpsCentre.Actors.Entities;

/// <summary>
/// What a shard's mailbox holds: a message for an entity, or a <see cref="ShardControl"/>. A struct, so routing an
/// entity message through a shard allocates nothing.
/// </summary>
internal readonly struct ShardCommand<TMessage> : IKeyedEnvelope
{
    private ShardCommand(string? entityKey, TMessage? message, ShardControl? control)
    {
        EntityKey = entityKey;
        Message = message;
        Control = control;
    }

    public string? EntityKey { get; }

    public TMessage? Message { get; }

    public ShardControl? Control { get; }

    string? IKeyedEnvelope.Key => EntityKey;

    object? IKeyedEnvelope.Payload => Control ?? (object?)Message;

    public static ShardCommand<TMessage> Deliver(string entityKey, TMessage message) => new(entityKey, message, null);

    public static ShardCommand<TMessage> Of(ShardControl control) => new(null, default, control);
}
