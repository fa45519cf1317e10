namespace OpsCentre.Alerts.Cap;

/// <summary>Limits for reading CAP from outside (feeds, partners' acknowledgements).</summary>
public sealed record CapReadOptions
{
    /// <summary>Largest document accepted. Default 256 KiB, range 1 KiB..4 MiB; real CAP alerts are a few KiB.</summary>
    public int MaxBytes { get; init; } = 256 * 1024;

    /// <summary>Reject documents that do not validate against the CAP 1.2 schema. Default true.</summary>
    public bool RequireSchemaValid { get; init; } = true;

    public void Validate()
    {
        if (MaxBytes is < 1024 or > 4 * 1024 * 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, $"{nameof(MaxBytes)} must be between 1 KiB and 4 MiB");
        }
    }
}
