namespace OpsCentre.Actors.Supervision;

/// <summary>A child escalated <paramref name="Exception"/>; its parent fails with it in turn.</summary>
internal sealed record ChildFailure(string ChildName, Exception Exception);
