using OpsCentre.Ingest.Privacy;

namespace OpsCentre.Ingest.Tests;

internal static class TestSecrets
{
    /// <summary>A fixed test key (not a deployment secret): 32 bytes 0x00..0x1f.</summary>
    public static TrackRefHasher Hasher { get; } = new(new TrackRefSecret(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()));
}
