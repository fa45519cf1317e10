namespace OpsCentre.Contracts.Operations;

/// <summary>An operator's judgement of whether the incident was real, which feeds the detector precision report.</summary>
public enum OutcomeVerdict
{
    TruePositive,
    FalsePositive,
}
