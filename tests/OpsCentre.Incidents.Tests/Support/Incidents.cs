using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Incidents.Tests.Support;

/// <summary>Incidents and actors for lifecycle tests.</summary>
internal static class Incidents
{
    public static readonly Actor Operator = new("operator-7", ActorRole.Operator);
    public static readonly Actor Supervisor = new("supervisor-2", ActorRole.Supervisor);
    public static readonly Actor Analyst = new("analyst-1", ActorRole.Analyst);
    public static readonly Actor Partner = new("police-avon", ActorRole.Partner);

    public static Incident Collision(string id = "INC-COLLISION", int priority = 1, IncidentState state = IncidentState.New) =>
        new(id, "possible-collision", "Possible collision at link-portway", priority, state, Anomalies.Start, Anomalies.Start, Anomalies.Origin,
            ["link-portway", "cam-portway"],
            [Anomalies.SpeedCollapse("link-portway", Anomalies.Origin, TimeSpan.Zero), Anomalies.StoppedVehicle("cam-portway", Anomalies.East(150), TimeSpan.FromMinutes(1))],
            "speed collapse and stopped vehicle", 1,
            StateChangedAt: Anomalies.Start,
            Checklist: [new ChecklistStep("step-1", "Confirm on the nearest camera"), new ChecklistStep("step-2", "Divert traffic")],
            RaisedBy: "collision@test");
}
