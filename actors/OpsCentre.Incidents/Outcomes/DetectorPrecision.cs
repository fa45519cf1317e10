namespace OpsCentre.Incidents.Outcomes;

/// <summary>How often incidents a detector contributed evidence to were judged real. Precision is null until at
/// least one of them has been judged.</summary>
public sealed record DetectorPrecision(string Detector, int TruePositives, int FalsePositives)
{
    public int Judged => TruePositives + FalsePositives;

    public double? Precision => Judged == 0 ? null : (double)TruePositives / Judged;
}
