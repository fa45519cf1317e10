using OpsCentre.Contracts.Readings;

namespace OpsCentre.Assets.State;

/// <summary>One event a camera's analytics reported (never an image, only what happened).</summary>
public readonly record struct CameraEventRecord(DateTimeOffset At, CameraEventKind Kind, double? Confidence);
