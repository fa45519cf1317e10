namespace OpsCentre.Assets.State;

/// <summary>One reading of one signal.</summary>
public readonly record struct TimedValue(DateTimeOffset At, double Value);
