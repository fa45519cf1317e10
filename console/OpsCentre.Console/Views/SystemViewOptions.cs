namespace OpsCentre.Console.Views;

/// <summary>How the system view samples Kafka, bound from <see cref="Section"/>.</summary>
public sealed record SystemViewOptions
{
    public const string Section = "Console:SystemView";

    /// <summary>How often every topic's end offsets are read to work out messages per second. Default 2 s, valid 1 s to
    /// 1 min: shorter is jumpier and costs a metadata and offsets round trip per partition each time.</summary>
    public TimeSpan SampleEvery { get; init; } = TimeSpan.FromSeconds(2);

    public void Validate()
    {
        if (SampleEvery < TimeSpan.FromSeconds(1) || SampleEvery > TimeSpan.FromMinutes(1))
        {
            throw new ArgumentException($"{Section}:{nameof(SampleEvery)} is {SampleEvery}; it must be between 00:00:01 and 00:01:00");
        }
    }
}
