namespace OpsCentre.Console.Interop;

/// <summary>
/// Settings of the interop ingest (section <c>Console:Interop</c>): third-party devices that report in their own
/// formats over HTTP rather than onto the city topics.
/// </summary>
public sealed record InteropOptions
{
    public const string Section = "Console:Interop";

    /// <summary>
    /// The bearer token feeds present (<c>Authorization: Bearer …</c>); 32..512 characters. Default none, which
    /// leaves the ingest switched off: the endpoints answer 404 and say how to switch it on.
    /// </summary>
    public string? IngestToken { get; init; }

    /// <summary>Largest request body accepted, in bytes; 1 KiB..16 MiB. Default 1 MiB.</summary>
    public int MaxBodyBytes { get; init; } = 1 << 20;

    /// <summary>Entities accepted in one request; 1..10000. Default 1000.</summary>
    public int MaxEntities { get; init; } = 1000;

    /// <summary>How long a request waits for Kafka to acknowledge what it published; 1 s..2 min. Default 15 s.</summary>
    public TimeSpan PublishTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Frigate camera name → camera asset id (e.g. <c>Console:Interop:FrigateCameras:front_door=cam-001</c>). Default
    /// none, which leaves the Frigate endpoints off: Frigate events name a site's own cameras, not the city's.
    /// </summary>
    public Dictionary<string, string> FrigateCameras { get; init; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Key (base64, at least 32 bytes) for hashing Frigate's object ids into track refs. Default none: a random key
    /// per process, so a track is followed while it lasts but cannot be linked across restarts or deployments.
    /// </summary>
    public string? TrackRefSecret { get; init; }

    public bool Enabled => IngestToken is not null;

    public InteropOptions Validated()
    {
        if (IngestToken is { Length: < 32 or > 512 })
        {
            throw new ArgumentOutOfRangeException(nameof(IngestToken), $"{Section}:IngestToken must be 32..512 characters (it is a shared secret; generate one, e.g. `openssl rand -hex 32`).");
        }

        if (MaxBodyBytes is < 1024 or > 16 << 20)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBodyBytes), MaxBodyBytes, $"{Section}:MaxBodyBytes must be 1 KiB..16 MiB.");
        }

        if (MaxEntities is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxEntities), MaxEntities, $"{Section}:MaxEntities must be 1..10000.");
        }

        if (PublishTimeout < TimeSpan.FromSeconds(1) || PublishTimeout > TimeSpan.FromMinutes(2))
        {
            throw new ArgumentOutOfRangeException(nameof(PublishTimeout), PublishTimeout, $"{Section}:PublishTimeout must be 1 s..2 min.");
        }

        return this;
    }
}
