namespace OpsCentre.Detection.Martingales;

/// <summary>Which deviations count as anomalous.</summary>
public enum Tail
{
    TwoSided,
    Upper,
    Lower,
}
