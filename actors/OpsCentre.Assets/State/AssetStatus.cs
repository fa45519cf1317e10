namespace OpsCentre.Assets.State;

/// <summary>Whether an asset is reporting as expected.</summary>
public enum AssetStatus
{
    /// <summary>Reporting on time with plausible data.</summary>
    Online,

    /// <summary>Reporting, but a sensor-health check failed (stuck value, impossible reading).</summary>
    Degraded,

    /// <summary>Silent for several expected reporting intervals.</summary>
    Offline,
}
