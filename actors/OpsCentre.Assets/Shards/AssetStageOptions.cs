using OpsCentre.Actors.Supervision;
using OpsCentre.Assets.Detection;
using OpsCentre.Assets.Health;
using OpsCentre.Assets.State;

namespace OpsCentre.Assets.Shards;

/// <summary>How a node hosts the city's assets: detection, health, passivation, supervision and restore.</summary>
public sealed record AssetStageOptions
{
    /// <summary>Names this node as a partition's owner in the store. Default: host name and process id.</summary>
    public string NodeId { get; init; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    public AnomalyOptions Anomalies { get; init; } = new();

    public AssetHealthOptions Health { get; init; } = new();

    /// <inheritdoc cref="AssetModel.DetectorReplayReadings"/>
    public int DetectorReplayReadings { get; init; } = AssetModel.DefaultDetectorReplayReadings;

    /// <summary>An asset with no reading for this long is passivated: kept as its snapshot, its detectors dropped.
    /// Default 15 min, range 1 s..7 days.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How often each partition looks for idle assets. Default 1 min, range 100 ms..<see cref="IdleTimeout"/>.</summary>
    public TimeSpan PassivationScanInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Readings queued for a partition's assets before the consumer waits (back-pressure). Default 8,192,
    /// range 64..1,048,576.</summary>
    public int ShardMailboxCapacity { get; init; } = 8192;

    /// <summary>
    /// What happens to an asset whose detector throws. Default: restart it (its detectors are rebuilt from its kept
    /// readings, without the reading that failed, which is dead-lettered), at most 10 times a minute; past that it
    /// is stopped and its readings are dead-lettered until its partition moves.
    /// </summary>
    public SupervisorStrategy Supervisor { get; init; } = SupervisorStrategy.Default;

    /// <summary>Whether a restore also reads the changelog, not only the store: needed when the previous owner kept
    /// its state in its own SQLite file. Default true.</summary>
    public bool RestoreFromChangelog { get; init; } = true;

    /// <summary>The longest a restore may take to read its changelog partition to the end; past it the assignment
    /// fails (and is retried) rather than start from older state. Default 30 s, range 1 s..10 min.</summary>
    public TimeSpan ChangelogReadTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public AssetStageOptions Validated()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(NodeId, nameof(NodeId));
        Anomalies.Validated();
        Health.Validated();
        if (IdleTimeout < TimeSpan.FromSeconds(1) || IdleTimeout > TimeSpan.FromDays(7))
        {
            throw new ArgumentOutOfRangeException(nameof(IdleTimeout), IdleTimeout, "idle timeout must be 1 s..7 days");
        }

        if (PassivationScanInterval < TimeSpan.FromMilliseconds(100) || PassivationScanInterval > IdleTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(PassivationScanInterval), PassivationScanInterval, $"passivation scan interval must be 100 ms..the idle timeout ({IdleTimeout})");
        }

        if (ShardMailboxCapacity is < 64 or > 1 << 20)
        {
            throw new ArgumentOutOfRangeException(nameof(ShardMailboxCapacity), ShardMailboxCapacity, "shard mailbox capacity must be 64..1,048,576");
        }

        ArgumentNullException.ThrowIfNull(Supervisor);
        Supervisor.Validate();
        if (ChangelogReadTimeout < TimeSpan.FromSeconds(1) || ChangelogReadTimeout > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentOutOfRangeException(nameof(ChangelogReadTimeout), ChangelogReadTimeout, "changelog read timeout must be 1 s..10 min");
        }

        return this;
    }

    public AssetModel ModelWith(SignalDetectorFactory detectors) => new AssetModel(detectors, Anomalies, Health, DetectorReplayReadings).Validated();
}
