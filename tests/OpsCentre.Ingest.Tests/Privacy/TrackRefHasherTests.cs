using OpsCentre.Ingest.Privacy;

namespace OpsCentre.Ingest.Tests.Privacy;

public sealed class TrackRefHasherTests
{
    [Fact]
    public void Same_id_and_secret_give_the_same_sixteen_hex_digit_ref()
    {
        var first = TestSecrets.Hasher.Hash("frigate", "1607123955.475377-mxklsc");

        Assert.Equal(first, TestSecrets.Hasher.Hash("frigate", "1607123955.475377-mxklsc"));
        Assert.Matches("^[0-9a-f]{16}$", first);
        Assert.True(TrackRefHasher.LooksLikeTrackRef(first));
    }

    [Fact]
    public void Another_deployment_secret_gives_an_unlinkable_ref()
    {
        var otherDeployment = new TrackRefHasher(new TrackRefSecret(Enumerable.Repeat((byte)7, 32).ToArray()));

        Assert.NotEqual(TestSecrets.Hasher.Hash("frigate", "abc"), otherDeployment.Hash("frigate", "abc"));
    }

    [Fact]
    public void Same_id_from_another_source_gives_another_ref() =>
        Assert.NotEqual(TestSecrets.Hasher.Hash("frigate", "abc"), TestSecrets.Hasher.Hash("milestone", "abc"));

    [Fact]
    public void Known_vector_pins_the_construction()
    {
        // HMAC-SHA256(key = bytes 0x00..0x1f, "frigate:abc"), first 8 bytes, lower-case hex.
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            Enumerable.Range(0, 32).Select(i => (byte)i).ToArray(), "frigate:abc"u8.ToArray()))[..16];

        Assert.Equal(expected, TestSecrets.Hasher.Hash("frigate", "abc"));
    }

    [Fact]
    public void Short_secret_is_refused() =>
        Assert.Throws<ArgumentException>(() => new TrackRefSecret(new byte[16]));

    [Fact]
    public void Secret_never_prints_its_key() =>
        Assert.Equal("TrackRefSecret(redacted)", TrackRefSecret.FromBase64(Convert.ToBase64String(new byte[32])).ToString());

    [Theory]
    [InlineData("1607123955.475377-mxklsc")]
    [InlineData("0123456789ABCDEF")]
    [InlineData("0123456789abcde")]
    public void Values_that_are_not_track_refs_are_recognised(string value) => Assert.False(TrackRefHasher.LooksLikeTrackRef(value));
}
