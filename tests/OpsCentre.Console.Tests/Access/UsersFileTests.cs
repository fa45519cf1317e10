using OpsCentre.Console.Access;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Console.Tests.Access;

public sealed class UsersFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("opscentre-users-").FullName;

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public void Saved_users_load_back_unchanged()
    {
        var users = new List<ConsoleUser>
        {
            new("desk-1", ActorRole.Operator, PasswordHashing.Hash("a long passphrase")),
            new("avon-police", ActorRole.Partner, PasswordHashing.Hash("another one"), "police-avon"),
        };
        UsersFile.Save(PathOf("users.json"), users);

        Assert.Equal(users, UsersFile.Load(PathOf("users.json")));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Saved_file_is_readable_by_its_owner_only()
    {
        UsersFile.Save(PathOf("users.json"), [new ConsoleUser("desk-1", ActorRole.Operator, PasswordHashing.Hash("x"))]);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(PathOf("users.json")));
    }

    [Theory]
    [InlineData("""{"users":[{"userName":"p","role":"partner","passwordHash":"HASH"}]}""", "a partner account needs a partnerId")]
    [InlineData("""{"users":[{"userName":"o","role":"operator","passwordHash":"HASH","partnerId":"police"}]}""", "only partner accounts have a partnerId")]
    [InlineData("""{"users":[{"userName":"s","role":"system","passwordHash":"HASH"}]}""", "reserved")]
    [InlineData("""{"users":[{"userName":"o","role":"operator","passwordHash":"plain-text-password"}]}""", "not an ASP.NET Core Identity v3")]
    [InlineData("""{"users":[{"userName":"o","role":"operator","passwordHash":"HASH"},{"userName":"O","role":"supervisor","passwordHash":"HASH"}]}""", "appears twice")]
    [InlineData("""{"users":[{"userName":"o","role":"operator","passwordHash":"HASH","email":"x@example.org"}]}""", "not valid")]
    [InlineData("""{"accounts":[]}""", "not valid")]
    public void Broken_files_are_refused_naming_the_rule(string json, string expected)
    {
        File.WriteAllText(PathOf("users.json"), json.Replace("HASH", PasswordHashing.Hash("pw")));

        var error = Assert.Throws<UsersFileException>(() => UsersFile.Load(PathOf("users.json")));

        Assert.Contains(expected, error.Message);
        Assert.Contains(PathOf("users.json"), error.Message);
    }

    [Fact]
    public void Missing_file_is_refused_with_its_path()
    {
        var error = Assert.Throws<UsersFileException>(() => UsersFile.Load(PathOf("absent.json")));

        Assert.Contains("absent.json does not exist", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
