namespace OpsCentre.Actors.Entities;

/// <summary>Why an entity is being deactivated (passivation after idling has its own hook).</summary>
public enum DeactivationReason
{
    /// <summary>Deactivation was asked for, e.g. its Kafka partition was revoked. State should be flushed.</summary>
    Requested,

    /// <summary>The host is stopping. State should be flushed.</summary>
    HostStopping,

    /// <summary>The entity's shard stopped or restarted after a failure of its own. State should be flushed.</summary>
    ShardStopped,

    /// <summary>The entity's handler failed and its supervisor restarts or stops it. State must not be flushed: it
    /// may be what made the handler fail.</summary>
    Failed,
}
