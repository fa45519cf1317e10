namespace OpsCentre.Ingest.Decoding;

/// <summary>Limits the decoder enforces. Defaults suit a live feed; replays of old files set <see cref="MaxAge"/> to null.</summary>
/// <param name="MaxMessageBytes">Largest accepted message. 256 B – 16 MiB, default 64 KiB.</param>
/// <param name="MaxFutureSkew">How far ahead of ingest's clock an observation may be (device clock drift). 0 – 1 h, default 2 min.</param>
/// <param name="MaxAge">How old an observation may be; null accepts any age (replays). 1 min – 400 days, default 24 h.</param>
/// <param name="MaxSpeedKph">Fastest believable link speed. 50 – 500, default 250 km/h.</param>
/// <param name="MaxFlowVehiclesPerHour">Highest believable link flow (a wide motorway). 1 000 – 50 000, default 20 000 veh/h.</param>
/// <param name="MaxTravelTimeSeconds">Longest believable link travel time. 60 s – 2 days, default 1 day.</param>
/// <param name="MaxObjectCount">Most objects of one class a camera may report in one interval. 1 – 1 000 000, default 10 000.</param>
/// <param name="ObjectClasses">Object classes a camera may count; anything else (including a misplaced label) is refused.</param>
public sealed record DecoderOptions(
    int MaxMessageBytes = 64 * 1024,
    TimeSpan? MaxFutureSkew = null,
    TimeSpan? MaxAge = null,
    double MaxSpeedKph = 250,
    double MaxFlowVehiclesPerHour = 20_000,
    double MaxTravelTimeSeconds = 86_400,
    int MaxObjectCount = 10_000,
    IReadOnlySet<string>? ObjectClasses = null)
{
    public static readonly TimeSpan DefaultMaxFutureSkew = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan DefaultMaxAge = TimeSpan.FromHours(24);

    /// <summary>The classes CCTV analytics report here (Frigate's road-user labels).</summary>
    public static IReadOnlySet<string> DefaultObjectClasses { get; } =
        new HashSet<string>(["car", "van", "bus", "truck", "motorcycle", "bicycle", "person"], StringComparer.Ordinal);

    public static DecoderOptions Default { get; } = new();

    /// <summary>Options for replaying old files: any observation age is accepted, everything else as live.</summary>
    public static DecoderOptions ForReplay { get; } = new() { AcceptAnyAge = true };

    public TimeSpan FutureSkew => MaxFutureSkew ?? DefaultMaxFutureSkew;

    /// <summary>The age limit in force, or null when <see cref="AcceptAnyAge"/>.</summary>
    public TimeSpan? AgeLimit => AcceptAnyAge ? null : MaxAge ?? DefaultMaxAge;

    /// <summary>Turns the age check off (replaying old data).</summary>
    public bool AcceptAnyAge { get; init; }

    public IReadOnlySet<string> Classes => ObjectClasses ?? DefaultObjectClasses;

    /// <exception cref="ArgumentOutOfRangeException">A limit is outside its documented range.</exception>
    public DecoderOptions Validated()
    {
        OptionRange.Check(MaxMessageBytes, 256, 16 * 1024 * 1024, nameof(MaxMessageBytes));
        OptionRange.Check(FutureSkew, TimeSpan.Zero, TimeSpan.FromHours(1), nameof(MaxFutureSkew));
        if (MaxAge is { } age)
        {
            OptionRange.Check(age, TimeSpan.FromMinutes(1), TimeSpan.FromDays(400), nameof(MaxAge));
        }

        OptionRange.Check(MaxSpeedKph, 50, 500, nameof(MaxSpeedKph));
        OptionRange.Check(MaxFlowVehiclesPerHour, 1_000, 50_000, nameof(MaxFlowVehiclesPerHour));
        OptionRange.Check(MaxTravelTimeSeconds, 60, 172_800, nameof(MaxTravelTimeSeconds));
        OptionRange.Check(MaxObjectCount, 1, 1_000_000, nameof(MaxObjectCount));
        if (Classes.Count == 0)
        {
            throw new ArgumentException("at least one object class must be allowed", nameof(ObjectClasses));
        }

        return this;
    }
}
