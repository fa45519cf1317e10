namespace OpsCentre.Alerts.Partners;

/// <summary>What a partner organisation does; decides the CAP wording it gets, not whether it gets an alert (routing does).</summary>
public enum PartnerService
{
    Police,
    Fire,
    Ambulance,
    EnvironmentAgency,
    Highways,
    StreetScene,
    Other,
}
