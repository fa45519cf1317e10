namespace OpsCentre.Ingest.Interop.Fiware;

/// <summary>How FIWARE NGSI-LD entities map onto the city's assets.</summary>
/// <param name="DeviceAssets">
/// Source key → asset id, for devices the catalogue already has under its own id. The source key is the entity's
/// <c>refDevice</c> (or <c>refPointOfInterest</c>) URN, else the entity id with any trailing observation timestamp removed.
/// </param>
/// <param name="RegisterUnknownDevices">
/// When true (default) an entity from an unmapped device yields a new asset from its <c>location</c>; when false it is skipped.
/// </param>
public sealed record NgsiLdOptions(
    IReadOnlyDictionary<string, string>? DeviceAssets = null,
    bool RegisterUnknownDevices = true)
{
    public static NgsiLdOptions Default { get; } = new();

    public IReadOnlyDictionary<string, string> Devices => DeviceAssets ?? new Dictionary<string, string>();
}
