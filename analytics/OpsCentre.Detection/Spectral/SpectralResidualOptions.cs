namespace OpsCentre.Detection.Spectral;

/// <summary>
/// Spectral residual (Ren et al., KDD 2019) settings. Defaults follow the paper and ML.NET's SrCnn detector, with the
/// window chosen so that window + tail is a power of two (MathNet then uses radix-2 FFTs).
/// </summary>
public sealed record SpectralResidualOptions
{
    /// <summary>Observations in the sliding window, including the latest; 16..1024. Default 59 (59 + 5 = 64).</summary>
    public int WindowSize { get; init; } = 59;

    /// <summary>Extrapolated points appended after the latest one (the paper's κ); 1..64. Default 5.</summary>
    public int TailLength { get; init; } = 5;

    /// <summary>Preceding points whose gradients estimate the tail (the paper's m); 2..32. Default 5.</summary>
    public int GradientPoints { get; init; } = 5;

    /// <summary>Width of the moving average over the log amplitude spectrum (the paper's q); 1..32. Default 3.</summary>
    public int SpectrumAverage { get; init; } = 3;

    /// <summary>Preceding saliency values the latest one is compared with (the paper's z); 3..256. Default 21.</summary>
    public int SaliencyAverage { get; init; } = 21;

    /// <summary>
    /// Saliency ratio (S − S̄)/S̄ at which the score reaches 0.5; 0.01..100. Default 3: on white noise the ratio
    /// passes 1 for one point in ten, so ML.NET's alert level of 0.3 would fire constantly.
    /// </summary>
    public double HalfScoreRatio { get; init; } = 3.0;

    /// <summary>
    /// The FFT. Default MathNet (the reference); the ensemble uses CachedRadix2, which needs WindowSize + TailLength
    /// to be a power of two.
    /// </summary>
    public FourierEngine Engine { get; init; } = FourierEngine.MathNet;

    public void Validate()
    {
        const string owner = nameof(SpectralResidualOptions);
        OptionChecks.InRange(WindowSize, 16, 1024, owner, nameof(WindowSize));
        OptionChecks.InRange(TailLength, 1, 64, owner, nameof(TailLength));
        OptionChecks.InRange(GradientPoints, 2, 32, owner, nameof(GradientPoints));
        OptionChecks.InRange(SpectrumAverage, 1, 32, owner, nameof(SpectrumAverage));
        OptionChecks.InRange(SaliencyAverage, 3, 256, owner, nameof(SaliencyAverage));
        OptionChecks.InRange(HalfScoreRatio, 0.01, 100, owner, nameof(HalfScoreRatio));
        var length = WindowSize + TailLength;
        if (Engine == FourierEngine.CachedRadix2 && (length & (length - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(WindowSize), WindowSize, $"{owner}: the {nameof(FourierEngine.CachedRadix2)} engine needs {nameof(WindowSize)} + {nameof(TailLength)} to be a power of two, but it is {length}.");
        }

        if (SaliencyAverage >= WindowSize || GradientPoints >= WindowSize)
        {
            throw new ArgumentOutOfRangeException(nameof(WindowSize), WindowSize, $"{owner}.{nameof(WindowSize)} must exceed {nameof(SaliencyAverage)} and {nameof(GradientPoints)}.");
        }
    }
}
