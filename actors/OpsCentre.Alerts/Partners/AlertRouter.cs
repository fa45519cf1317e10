using OpsCentre.Contracts.Operations;

namespace OpsCentre.Alerts.Partners;

/// <summary>Which partners an incident goes to: the active ones with a routing rule that matches it.</summary>
public static class AlertRouter
{
    public static bool Routes(Partner partner, Incident incident) => partner.Active && partner.Routes.Any(rule => rule.Matches(incident));
}
