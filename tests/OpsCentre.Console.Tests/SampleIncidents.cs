using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;

namespace OpsCentre.Console.Tests;

/// <summary>Incidents and anomalies on real Bristol assets, for tests that need one of a given priority.</summary>
public static class SampleIncidents
{
    public static readonly GeoPoint TempleMeads = new(51.4494, -2.5813);

    public static Anomaly SpeedCollapse(string assetId, DateTimeOffset at, GeoPoint? where = null, double observed = 4) => new(
        $"anom-{Guid.NewGuid():N}"[..20],
        assetId,
        AssetKind.RoadLink,
        "speedKph",
        AnomalyPattern.Dip,
        at,
        0.97,
        observed,
        38,
        "spectral-residual",
        $"speed fell to {observed} km/h where about 38 km/h is usual at this hour",
        where ?? TempleMeads,
        [.. Enumerable.Range(0, 30).Select(i => new SignalSample(at.AddMinutes(i - 29), i == 29 ? observed : 36 + (i % 5)))]);

    public static Anomaly StoppedVehicle(string cameraId, DateTimeOffset at, GeoPoint where) => new(
        $"anom-{Guid.NewGuid():N}"[..20],
        cameraId,
        AssetKind.Camera,
        "event:StoppedVehicle",
        AnomalyPattern.CameraEvent,
        at,
        0.94,
        1,
        0,
        "cctv-analytics",
        "camera analytics reported StoppedVehicle in zone lane-1 (confidence 0.94)",
        where);

    public static Incident Collision(string incidentId, int priority = 1, DateTimeOffset? openedAt = null)
    {
        var at = openedAt ?? DateTimeOffset.UtcNow;
        return new Incident(
            incidentId,
            "possible-collision",
            $"Possible collision on link-02-E ({incidentId})",
            priority,
            IncidentState.New,
            at,
            at,
            TempleMeads,
            ["link-02-E", "cam-001"],
            [SpeedCollapse("link-02-E", at)],
            "Speed collapse on the link with a stopped vehicle reported by the nearest camera.",
            Version: 1,
            StateChangedAt: at,
            Checklist: [new ChecklistStep("confirm-camera", "Confirm on the nearest camera"), new ChecklistStep("divert", "Set variable message signs and divert traffic")]);
    }
}
