using OpsCentre.Contracts.Readings;

namespace OpsCentre.Console.Views;

/// <summary>An analytics event as the panel lists it: what, when, how sure, where in the frame. Metadata only.</summary>
public sealed record CameraEventView(DateTimeOffset At, CameraEventKind Kind, double? Confidence, string? Zone);
