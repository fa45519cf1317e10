namespace OpsCentre.Ingest.Simulation;

/// <summary>
/// The sun's elevation for a place and time (NOAA's simplified equations: declination and equation of time from
/// the day of year), good to about half a degree — enough to switch streetlights at dusk and dawn.
/// </summary>
public static class SolarPosition
{
    public static double ElevationDegrees(DateTimeOffset at, double latitude, double longitude)
    {
        var utc = at.UtcDateTime;
        var gamma = 2 * Math.PI / 365 * (utc.DayOfYear - 1 + ((utc.TimeOfDay.TotalHours - 12) / 24));
        var equationOfTimeMinutes = 229.18 * (0.000075 + (0.001868 * Math.Cos(gamma)) - (0.032077 * Math.Sin(gamma))
            - (0.014615 * Math.Cos(2 * gamma)) - (0.040849 * Math.Sin(2 * gamma)));
        var declination = 0.006918 - (0.399912 * Math.Cos(gamma)) + (0.070257 * Math.Sin(gamma)) - (0.006758 * Math.Cos(2 * gamma))
            + (0.000907 * Math.Sin(2 * gamma)) - (0.002697 * Math.Cos(3 * gamma)) + (0.00148 * Math.Sin(3 * gamma));
        var solarMinutes = (utc.TimeOfDay.TotalMinutes + equationOfTimeMinutes + (4 * longitude)) % 1440;
        var hourAngle = ((solarMinutes / 4) - 180) * Math.PI / 180;
        var phi = latitude * Math.PI / 180;
        var sinElevation = (Math.Sin(phi) * Math.Sin(declination)) + (Math.Cos(phi) * Math.Cos(declination) * Math.Cos(hourAngle));
        return Math.Asin(Math.Clamp(sinElevation, -1, 1)) * 180 / Math.PI;
    }
}
