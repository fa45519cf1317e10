using OpsCentre.Alerts.Cap;

namespace OpsCentre.Alerts.Alerting;

/// <summary>
/// The CAP wording for each incident kind the shipped rules raise; any other kind reads as category Other with its
/// kind as the event, so a new rule never blocks an alert.
/// </summary>
public static class CapProfiles
{
    private static readonly Dictionary<string, CapProfile> Known = new(StringComparer.Ordinal)
    {
        ["possible-collision"] = new([CapCategory.Transport, CapCategory.Rescue], "Possible road traffic collision", CapResponseType.Assess,
            "Attend to confirm. Traffic sensors show a speed collapse and a camera sees a stopped vehicle."),
        ["wrong-way-vehicle"] = new([CapCategory.Transport, CapCategory.Safety], "Wrong-way vehicle", CapResponseType.Assess,
            "Camera analytics report a vehicle travelling against the flow."),
        ["fire"] = new([CapCategory.Fire], "Fire", CapResponseType.Assess, "Camera analytics report fire or smoke; attend to confirm."),
        ["pollution-episode"] = new([CapCategory.Env, CapCategory.Health], "Air pollution episode", CapResponseType.Monitor,
            "Several monitors report high pollution; consider advice to vulnerable people."),
        ["flood-risk"] = new([CapCategory.Met], "Flood risk", CapResponseType.Prepare, "River levels are rising fast; prepare for road closures."),
        ["severe-weather"] = new([CapCategory.Met], "Severe weather", CapResponseType.Prepare, "A severe weather warning is in force for the city."),
        ["sensor-fault"] = new([CapCategory.Infra], "Sensor fault", CapResponseType.Monitor, "A city sensor has failed; its readings are suspect."),
        ["fly-tipping"] = new([CapCategory.Env], "Fly-tipping", CapResponseType.Monitor, "Waste dumped on the highway; a street scene job is raised."),
    };

    public static CapProfile For(string kind) =>
        Known.TryGetValue(kind, out var profile) ? profile : new CapProfile([CapCategory.Other], kind.Replace('-', ' '), CapResponseType.Assess, "See the description.");
}
