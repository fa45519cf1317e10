namespace OpsCentre.Congestion.Tests;

/// <summary>
/// A clock the test sets by hand. Microsoft.Extensions.TimeProvider.Testing (ManualClock) is pinned in
/// Directory.Packages.props but the package mirror does not serve it, and only "now" is needed here.
/// </summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public void SetUtcNow(DateTimeOffset now) => _now = now;

    public override DateTimeOffset GetUtcNow() => _now;
}
