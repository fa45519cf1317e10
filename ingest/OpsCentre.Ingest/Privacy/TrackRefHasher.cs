using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace OpsCentre.Ingest.Privacy;

/// <summary>
/// Turns an analytics engine's track or event id into a <see cref="Contracts.Readings.CameraEvent.TrackRef"/>:
/// HMAC-SHA256 keyed with the deployment secret over "source:id", truncated to 64 bits and written as 16 lower-case
/// hex digits. Repeated reports of one track group together; without the secret nobody can go from a ref back to
/// the engine's id (and from there to its stored snapshots), or link refs across deployments.
/// </summary>
public sealed class TrackRefHasher(TrackRefSecret secret)
{
    /// <summary>Hex digits in a track ref (64 bits: collisions are negligible for the tracks one camera sees).</summary>
    public const int Length = 16;

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    public string Hash(string source, string rawId)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentException.ThrowIfNullOrEmpty(rawId);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(secret.Key, Encoding.UTF8.GetBytes($"{source}:{rawId}"), mac);
        return Convert.ToHexStringLower(mac[..(Length / 2)]);
    }

    /// <summary>
    /// Whether a value has the shape of a track ref. Anything else in that field (a raw engine id, a plate, a
    /// name) is treated as identifying data by the decoder.
    /// </summary>
    public static bool LooksLikeTrackRef(string value) =>
        value.Length == Length && !value.AsSpan().ContainsAnyExcept(LowerHex);
}
