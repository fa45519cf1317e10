using OpsCentre.Detection.Health;

namespace OpsCentre.Detection;

/// <summary>A named detector in the <see cref="DetectorCatalogue"/> and how to make a fresh instance for one stream.</summary>
public sealed record DetectorEntry(string Name, string Description, Func<PlausibleRange?, IStreamDetector> Create);
