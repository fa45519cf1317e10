namespace OpsCentre.Console.Views;

/// <summary>Every topic's flow at one moment, or why it could not be read (the cluster unreachable, say).</summary>
public sealed record TopicFlowSnapshot(DateTimeOffset At, IReadOnlyList<TopicFlow> Topics, string? Error = null)
{
    public static TopicFlowSnapshot Empty { get; } = new(DateTimeOffset.MinValue, []);
}
