namespace OpsCentre.Detection.Nab;

/// <summary>Progress of a corpus run, reported after each file (files may finish in any order).</summary>
public sealed record NabRunProgress(NabRunStage Stage, int FilesDone, int FileCount, long PointsDone, string? LastFile);

public enum NabRunStage
{
    Detecting,
    Scoring,
    Writing,
    Done,
}
