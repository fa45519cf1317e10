namespace OpsCentre.Actors.Tests.Support;

/// <summary>Messages understood by <see cref="TallyEntity"/>.</summary>
public interface ITallyMessage;

public sealed record Append(int Value) : ITallyMessage;

public sealed record ReadTally(TaskCompletionSource<IReadOnlyList<int>> Reply) : ITallyMessage;

public sealed record Explode(Exception Exception) : ITallyMessage;
