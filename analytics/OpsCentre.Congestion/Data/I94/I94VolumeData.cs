namespace OpsCentre.Congestion.Data.I94;

/// <summary>The loaded hours, one per local clock hour, and how many repeated rows were folded away.</summary>
public sealed record I94VolumeData(IReadOnlyList<HourlyVolume> Hours, int Rows, int RepeatedHours);
