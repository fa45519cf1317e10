namespace OpsCentre.Contracts.Operations;

/// <summary>One reading of the anomalous signal, carried with an anomaly so an incident shows what the signal did.</summary>
public sealed record SignalSample(DateTimeOffset At, double Value);
