using OpsCentre.Console.Access;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Console.Tests.Access;

public sealed class PasswordHashingTests
{
    [Fact]
    public void The_right_password_verifies_and_a_wrong_one_does_not()
    {
        var user = new ConsoleUser("desk-1", ActorRole.Operator, PasswordHashing.Hash("correct horse"));

        Assert.True(PasswordHashing.Verify(user, "correct horse"));
        Assert.False(PasswordHashing.Verify(user, "correct horse "));
    }

    [Fact]
    public void The_same_password_hashes_differently_each_time_because_of_the_salt()
    {
        Assert.NotEqual(PasswordHashing.Hash("same"), PasswordHashing.Hash("same"));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("not base64!", false)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAA", false)]
    public void Only_identity_v3_hashes_are_well_formed(string hash, bool expected)
    {
        Assert.Equal(expected, PasswordHashing.IsWellFormed(hash));
        Assert.True(PasswordHashing.IsWellFormed(PasswordHashing.Hash("x")));
    }
}
