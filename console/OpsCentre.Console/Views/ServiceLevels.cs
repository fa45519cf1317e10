namespace OpsCentre.Console.Views;

/// <summary>SLA deadlines in seconds for priorities 1..5 (index 0 = priority 1), for the queue's countdowns.</summary>
public sealed record ServiceLevels(IReadOnlyList<int> AcknowledgeWithinSeconds, IReadOnlyList<int> ResolveWithinSeconds);
