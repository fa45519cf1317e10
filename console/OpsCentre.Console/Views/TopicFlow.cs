namespace OpsCentre.Console.Views;

/// <summary>Data flowing through one topic: how many messages it holds in total (sum of end offsets) and how fast it grows.</summary>
public sealed record TopicFlow(string Topic, int Partitions, long EndOffsetTotal, double MessagesPerSecond);
