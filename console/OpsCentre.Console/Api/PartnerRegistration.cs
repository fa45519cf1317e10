using OpsCentre.Alerts.Partners;

namespace OpsCentre.Console.Api;

/// <summary>The JSON body that registers or updates a partner.</summary>
public sealed record PartnerRegistration(string PartnerId, string Name, PartnerService Service, Uri Endpoint, IReadOnlyList<RoutingRule> Routes, bool Active = true)
{
    public Partner ToPartner() => new(PartnerId, Name, Service, Endpoint, Routes, Active);
}
