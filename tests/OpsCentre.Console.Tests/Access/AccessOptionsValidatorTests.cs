using OpsCentre.Console.Access;

namespace OpsCentre.Console.Tests.Access;

public sealed class AccessOptionsValidatorTests
{
    private readonly AccessOptionsValidator _validator = new();

    [Fact]
    public void Defaults_are_valid()
    {
        Assert.True(_validator.Validate(null, new AccessOptions()).Succeeded);
    }

    [Theory]
    [InlineData("00:05:00", 5, "00:05:00", "SessionLifetime")]
    [InlineData("1.00:00:01", 5, "00:05:00", "SessionLifetime")]
    [InlineData("13:00:00", 2, "00:05:00", "MaxFailedSignIns")]
    [InlineData("13:00:00", 5, "00:00:10", "LockoutPeriod")]
    public void Values_out_of_range_are_refused_naming_the_setting(string lifetime, int failures, string lockout, string setting)
    {
        var result = _validator.Validate(null, new AccessOptions
        {
            SessionLifetime = TimeSpan.Parse(lifetime, System.Globalization.CultureInfo.InvariantCulture),
            MaxFailedSignIns = failures,
            LockoutPeriod = TimeSpan.Parse(lockout, System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.True(result.Failed);
        Assert.Contains($"Console:Access:{setting}", result.FailureMessage);
    }

    [Fact]
    public void Users_file_defaults_to_beside_the_sqlite_store()
    {
        var store = Path.Combine(Path.GetTempPath(), "somewhere", "opscentre.db");

        Assert.Equal(Path.Combine(Path.GetTempPath(), "somewhere", "console-users.json"), new AccessOptions().UsersFilePath(store));
        Assert.Equal(Path.Combine(Path.GetTempPath(), "somewhere", "console-keys"), new AccessOptions().KeysDirectoryPath(store));
    }

    [Fact]
    public void A_configured_users_file_wins_over_the_default()
    {
        var configured = Path.Combine(Path.GetTempPath(), "etc", "users.json");

        Assert.Equal(configured, new AccessOptions { UsersFile = configured }.UsersFilePath("postgres://u:p@db:5432/ops"));
    }
}
