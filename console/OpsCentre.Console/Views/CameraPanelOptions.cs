namespace OpsCentre.Console.Views;

/// <summary>How much camera analytics history the CCTV panel keeps in memory, bound from <see cref="Section"/>.</summary>
public sealed record CameraPanelOptions
{
    public const string Section = "Console:CameraPanel";

    /// <summary>How far back the object-count chart goes. Default 60 min, valid 5 min to 24 h.</summary>
    public TimeSpan History { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Width of one point on the count chart (counts are averaged per class within it). Default 1 min,
    /// valid 10 s to 15 min, and at most a tenth of <see cref="History"/>.</summary>
    public TimeSpan BucketWidth { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Analytics events kept per camera. Default 20, valid 1 to 200.</summary>
    public int RecentEvents { get; init; } = 20;

    /// <summary>Cameras tracked at most; reports from further cameras are counted and ignored, so a misrouted topic
    /// cannot exhaust memory. Default 5 000, valid 1 to 100 000.</summary>
    public int MaxCameras { get; init; } = 5_000;

    public void Validate()
    {
        var errors = new List<string>();
        if (History < TimeSpan.FromMinutes(5) || History > TimeSpan.FromHours(24))
        {
            errors.Add($"{Section}:{nameof(History)} is {History}; it must be between 00:05:00 and 24:00:00");
        }

        if (BucketWidth < TimeSpan.FromSeconds(10) || BucketWidth > TimeSpan.FromMinutes(15) || BucketWidth * 10 > History)
        {
            errors.Add($"{Section}:{nameof(BucketWidth)} is {BucketWidth}; it must be between 00:00:10 and 00:15:00 and at most a tenth of {nameof(History)}");
        }

        if (RecentEvents is < 1 or > 200)
        {
            errors.Add($"{Section}:{nameof(RecentEvents)} is {RecentEvents}; it must be between 1 and 200");
        }

        if (MaxCameras is < 1 or > 100_000)
        {
            errors.Add($"{Section}:{nameof(MaxCameras)} is {MaxCameras}; it must be between 1 and 100000");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors));
        }
    }
}
