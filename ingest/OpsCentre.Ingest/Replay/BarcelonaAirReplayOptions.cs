namespace OpsCentre.Ingest.Replay;

/// <summary>How the Barcelona hourly air-quality files are replayed.</summary>
/// <param name="DataFolder">The folder with NO2.csv, PM10.csv and 2021_qualitat_aire_estacions.csv.</param>
/// <param name="TimeZoneId">The files' local time. Default Europe/Madrid.</param>
public sealed record BarcelonaAirReplayOptions(string DataFolder, string TimeZoneId = "Europe/Madrid");
