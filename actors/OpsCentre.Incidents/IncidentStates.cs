using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents;

/// <summary>Groupings of <see cref="IncidentState"/> that several parts of the system agree on.</summary>
public static class IncidentStates
{
    /// <summary>Still being worked: new evidence joins these, SLA clocks run on these.</summary>
    public static IReadOnlySet<IncidentState> Open { get; } = new HashSet<IncidentState>
    {
        IncidentState.New, IncidentState.Acknowledged, IncidentState.Assigned,
    };

    public static bool IsOpen(this IncidentState state) => Open.Contains(state);
}
