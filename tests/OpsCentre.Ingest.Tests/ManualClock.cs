namespace OpsCentre.Ingest.Tests;

/// <summary>
/// A clock tests set by hand. (Microsoft.Extensions.TimeProvider.Testing's FakeTimeProvider does not restore from
/// this machine's package mirror; ingest only ever asks for the current time, so this is all it needs.)
/// </summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
