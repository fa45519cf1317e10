namespace OpsCentre.Detection.Nab;

/// <summary>What a corpus run does: which corpus and detector, a fixed threshold or NAB's optimised one, and what to write.</summary>
public sealed record NabRunOptions
{
    /// <summary>A folder in NAB layout: data/&lt;category&gt;/*.csv and labels/combined_windows.json.</summary>
    public required string CorpusRoot { get; init; }

    public string DetectorName { get; init; } = DetectorCatalogue.DefaultName;

    /// <summary>Score every profile at this threshold (0..1.1) instead of optimising it per profile as NAB does.</summary>
    public double? FixedThreshold { get; init; }

    /// <summary>Where per-row results (NAB results format), scores.csv and charts go; nothing is written when null.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Write a chart per file (SVG, and PNG when rsvg-convert is installed); needs an output directory.</summary>
    public bool Plot { get; init; }

    /// <summary>Files scored at once; 1..256. Default: one per core.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(CorpusRoot))
        {
            throw new ArgumentException("A corpus folder is required.", nameof(CorpusRoot));
        }

        if (FixedThreshold is { } threshold)
        {
            OptionChecks.InRange(threshold, 0, ThresholdSweep.NoDetections, nameof(NabRunOptions), nameof(FixedThreshold));
        }

        if (Plot && OutputDirectory is null)
        {
            throw new ArgumentException("Charts need an output directory: set OutputDirectory (--out) as well as Plot (--plot).", nameof(Plot));
        }

        OptionChecks.InRange(MaxParallelism, 1, 256, nameof(NabRunOptions), nameof(MaxParallelism));
    }
}
