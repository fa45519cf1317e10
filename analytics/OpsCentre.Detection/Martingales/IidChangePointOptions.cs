namespace OpsCentre.Detection.Martingales;

/// <summary>i.i.d. change-point settings (the model of ML.NET's IidChangePointDetector).</summary>
public sealed record IidChangePointOptions
{
    /// <summary>Past values each p-value is computed against; 10..2000. Default 100.</summary>
    public int PValueHistoryLength { get; init; } = 100;

    public MartingaleKind Martingale { get; init; } = MartingaleKind.Power;

    /// <summary>ε of the power martingale; 0.001..0.999. Default 0.1 (ML.NET's default).</summary>
    public double Epsilon { get; init; } = 0.1;

    /// <summary>
    /// Confidence of a change alert: by Ville's inequality a martingale under exchangeability exceeds 1/(1−c) with
    /// probability at most 1−c; 0.5..0.999999. Default 0.95.
    /// </summary>
    public double Confidence { get; init; } = 0.95;

    public void Validate()
    {
        const string owner = nameof(IidChangePointOptions);
        OptionChecks.InRange(PValueHistoryLength, 10, 2000, owner, nameof(PValueHistoryLength));
        OptionChecks.InRange(Epsilon, 0.001, 0.999, owner, nameof(Epsilon));
        OptionChecks.InRange(Confidence, 0.5, 0.999999, owner, nameof(Confidence));
    }
}
