using System.Text.Json;
using System.Text.Json.Serialization;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Console.Access;

/// <summary>
/// Reads and writes the console's users file: <c>{"users":[{"userName":…,"role":…,"passwordHash":…,"partnerId":…}]}</c>.
/// Every rule is checked on load so a hand-edited file fails at start with the broken entry named, not at the first
/// sign-in.
/// </summary>
public static class UsersFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static IReadOnlyList<ConsoleUser> Load(string path)
    {
        Document? document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonSerializer.Deserialize<Document>(stream, Json);
        }
        catch (FileNotFoundException e)
        {
            throw new UsersFileException($"users file {path} does not exist", e);
        }
        catch (JsonException e)
        {
            throw new UsersFileException($"users file {path} is not valid: {e.Message}", e);
        }

        var users = document?.Users ?? throw new UsersFileException($"users file {path} has no \"users\" list");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < users.Count; i++)
        {
            if (Problem(users[i]) is { } problem)
            {
                throw new UsersFileException($"users file {path}, user #{i + 1} ({users[i]?.UserName ?? "no name"}): {problem}");
            }

            if (!seen.Add(users[i].UserName))
            {
                throw new UsersFileException($"users file {path}: user name '{users[i].UserName}' appears twice (names are case-insensitive)");
            }
        }

        return users;
    }

    /// <summary>Writes the file atomically (a reader never sees half a file) and readable by its owner only.</summary>
    public static void Save(string path, IReadOnlyList<ConsoleUser> users)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, new Document(users.ToList()), Json);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static string? Problem(ConsoleUser? user) => user switch
    {
        null => "empty entry",
        { UserName: null or "" } => "userName is missing",
        _ when user.UserName.Trim() != user.UserName || user.UserName.Any(char.IsControl) => "userName has surrounding spaces or control characters",
        { PasswordHash: null or "" } => "passwordHash is missing",
        _ when !PasswordHashing.IsWellFormed(user.PasswordHash) => "passwordHash is not an ASP.NET Core Identity v3 (PBKDF2) hash",
        { Role: ActorRole.System } => "role 'system' is reserved for the centre's own timers and feeds",
        _ when !Enum.IsDefined(user.Role) => $"role '{user.Role}' is not one of operator, supervisor, analyst, partner",
        { Role: ActorRole.Partner, PartnerId: null or "" } => "a partner account needs a partnerId",
        { Role: not ActorRole.Partner, PartnerId: not null } => "only partner accounts have a partnerId",
        _ => null,
    };

    private sealed record Document(List<ConsoleUser> Users);
}
