using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCentre.Console.Node;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Console.Access;

/// <summary>
/// The accounts that may sign in, loaded from the users file when the node starts (so a broken file stops the node
/// with the reason) and, when the file is missing and seeding is on, created with the demo accounts first.
/// </summary>
public sealed class UserDirectory(IOptions<AccessOptions> options, NodeOptions node, ILogger<UserDirectory> logger) : IHostedService
{
    private static readonly ConsoleUser DecoyUser = new("decoy", ActorRole.Operator, PasswordHashing.Hash(Guid.NewGuid().ToString()));
    private volatile IReadOnlyDictionary<string, ConsoleUser>? _users;

    private IReadOnlyDictionary<string, ConsoleUser> Users =>
        _users ?? throw new InvalidOperationException("the user directory is used before the node started");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Load();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The account when the password matches; null for an unknown name or a wrong password alike.</summary>
    public ConsoleUser? Verify(string userName, string password)
    {
        if (Users.TryGetValue(userName, out var user))
        {
            return PasswordHashing.Verify(user, password) ? user : null;
        }

        // Hash anyway so an unknown name takes as long as a wrong password and names cannot be probed by timing.
        PasswordHashing.Verify(DecoyUser, password);
        return null;
    }

    public ConsoleUser? Find(string userName) => Users.GetValueOrDefault(userName);

    private void Load()
    {
        var access = options.Value;
        var path = access.UsersFilePath(node.Store);
        if (!File.Exists(path) && access.SeedDemoUsers)
        {
            UsersFile.Save(path, DemoAccount.All.Select(a => new ConsoleUser(a.UserName, a.Role, PasswordHashing.Hash(a.Password), a.PartnerId)).ToList());
            logger.LogWarning(
                "Created {UsersFile} with the demo accounts ({Names}; passwords in console/OpsCentre.Console/Access/README.md). Replace them before real use",
                path, string.Join(", ", DemoAccount.All.Select(a => a.UserName)));
        }

        var users = UsersFile.Load(path);
        _users = users.ToDictionary(u => u.UserName, StringComparer.OrdinalIgnoreCase);
        logger.LogInformation("Console accounts: {Count} loaded from {UsersFile}", users.Count, path);
    }
}
