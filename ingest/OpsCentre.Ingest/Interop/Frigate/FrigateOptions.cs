namespace OpsCentre.Ingest.Interop.Frigate;

/// <summary>How a Frigate NVR installation maps onto the city's cameras.</summary>
/// <param name="CameraAssets">Frigate camera name → camera asset id. Messages from unmapped cameras are skipped.</param>
/// <param name="ObjectClasses">
/// Frigate label → counted object class. Labels not listed (animals, parcels, and the attribute labels
/// "face" and "license_plate") are skipped. Default: car, bus, truck, motorcycle, bicycle, person as themselves.
/// </param>
/// <param name="StoppedVehicleAfter">How long a vehicle must be motionless to report StoppedVehicle. 10 s – 1 h, default 2 min.</param>
/// <param name="DetectFramesPerSecond">Frigate's detect fps, to turn motionless_count (frames) into time. 1–60, default 5 (Frigate's default).</param>
/// <param name="RoadZones">Frigate zone names that are carriageway: a person in one is PersonInRoad. Default none.</param>
public sealed record FrigateOptions(
    IReadOnlyDictionary<string, string> CameraAssets,
    IReadOnlyDictionary<string, string>? ObjectClasses = null,
    TimeSpan? StoppedVehicleAfter = null,
    int DetectFramesPerSecond = 5,
    IReadOnlySet<string>? RoadZones = null)
{
    public static IReadOnlyDictionary<string, string> DefaultObjectClasses { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["car"] = "car",
        ["bus"] = "bus",
        ["truck"] = "truck",
        ["motorcycle"] = "motorcycle",
        ["bicycle"] = "bicycle",
        ["person"] = "person",
    };

    public static readonly TimeSpan DefaultStoppedVehicleAfter = TimeSpan.FromMinutes(2);

    private static readonly HashSet<string> VehicleClasses = new(["car", "van", "bus", "truck", "motorcycle"], StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Classes => ObjectClasses ?? DefaultObjectClasses;

    public TimeSpan StoppedAfter => StoppedVehicleAfter ?? DefaultStoppedVehicleAfter;

    public IReadOnlySet<string> Carriageway => RoadZones ?? new HashSet<string>();

    public static bool IsVehicle(string objectClass) => VehicleClasses.Contains(objectClass);

    /// <exception cref="ArgumentOutOfRangeException">A value is outside its documented range.</exception>
    public FrigateOptions Validated()
    {
        ArgumentNullException.ThrowIfNull(CameraAssets);
        OptionRange.Check(StoppedAfter, TimeSpan.FromSeconds(10), TimeSpan.FromHours(1), nameof(StoppedVehicleAfter));
        OptionRange.Check(DetectFramesPerSecond, 1, 60, nameof(DetectFramesPerSecond));
        return this;
    }
}
