namespace OpsCentre.Ingest.Privacy;

/// <summary>
/// The per-deployment key for <see cref="TrackRefHasher"/>. Kept out of code and configuration files (load it from
/// the deployment's secret store); rotating it makes new track refs unlinkable to old ones, which is the point.
/// </summary>
public sealed class TrackRefSecret
{
    /// <summary>HMAC-SHA256 keys shorter than the hash output weaken it; 32 bytes is the floor.</summary>
    public const int MinimumBytes = 32;

    private readonly byte[] _key;

    public TrackRefSecret(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumBytes)
        {
            throw new ArgumentException($"the track-ref secret must be at least {MinimumBytes} bytes, got {key.Length}", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>Reads a secret given as base64 (as a secret store or environment variable would hold it).</summary>
    public static TrackRefSecret FromBase64(string base64)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(base64);
        try
        {
            return new TrackRefSecret(Convert.FromBase64String(base64));
        }
        catch (FormatException ex)
        {
            throw new ArgumentException("the track-ref secret is not valid base64", nameof(base64), ex);
        }
    }

    internal ReadOnlySpan<byte> Key => _key;

    public override string ToString() => "TrackRefSecret(redacted)";
}
