using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace OpsCentre.Console.Access;

/// <summary>
/// Slows password guessing: after <see cref="AccessOptions.MaxFailedSignIns"/> failures in a row for one user name,
/// that name is refused for <see cref="AccessOptions.LockoutPeriod"/>. Per name rather than per address because a
/// control room shares a few addresses behind NAT.
/// </summary>
public sealed class SignInThrottle(IOptions<AccessOptions> options, TimeProvider time)
{
    // Names that never sign in successfully (guesses) would otherwise accumulate for ever.
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, FailureRun> _failures = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How much longer <paramref name="userName"/> is locked out; null when it may try.</summary>
    public TimeSpan? LockedFor(string userName)
    {
        if (!_failures.TryGetValue(userName, out var run) || run.LockedUntil is not { } until)
        {
            return null;
        }

        var left = until - time.GetUtcNow();
        return left > TimeSpan.Zero ? left : null;
    }

    public void Failed(string userName)
    {
        var now = time.GetUtcNow();
        var access = options.Value;
        _failures.AddOrUpdate(
            userName,
            _ => new FailureRun(1, now, null),
            (_, run) =>
            {
                // A lock that has run out starts a fresh run rather than locking again on the next single failure.
                var count = run.LockedUntil is { } until && until <= now ? 1 : run.Count + 1;
                return new FailureRun(count, now, count >= access.MaxFailedSignIns ? now + access.LockoutPeriod : null);
            });
        if (_failures.Count > PruneAbove)
        {
            foreach (var (name, run) in _failures)
            {
                if (now - run.LastFailure > access.LockoutPeriod)
                {
                    _failures.TryRemove(name, out _);
                }
            }
        }
    }

    public void Succeeded(string userName) => _failures.TryRemove(userName, out _);

    private sealed record FailureRun(int Count, DateTimeOffset LastFailure, DateTimeOffset? LockedUntil);
}
