namespace OpsCentre.Console.Views;

/// <summary>One reading of a topic's end offsets, summed over its partitions.</summary>
public sealed record TopicOffsets(string Topic, int Partitions, long EndOffsetTotal);
