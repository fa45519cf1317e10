namespace OpsCentre.Detection.Tests.Nab;

/// <summary>A clock whose timestamp moves one second each time it is read, so elapsed times are known exactly.</summary>
internal sealed class SteppingClock : TimeProvider
{
    private long _reads;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Increment(ref _reads) * TimeSpan.TicksPerSecond;
}
