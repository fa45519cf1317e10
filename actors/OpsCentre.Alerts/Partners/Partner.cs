using System.Text.RegularExpressions;

namespace OpsCentre.Alerts.Partners;

/// <summary>
/// A partner organisation that receives alerts: where to POST them and which incidents it wants. Its credentials
/// (the key it calls us with, the secret we sign with) live only in the registry.
/// </summary>
/// <param name="PartnerId">A lower-case slug ("police-avon"); appears in CAP addresses and URLs.</param>
public sealed partial record Partner(
    string PartnerId,
    string Name,
    PartnerService Service,
    Uri Endpoint,
    IReadOnlyList<RoutingRule> Routes,
    bool Active = true)
{
    /// <summary>Every problem with the registration, for a clear refusal.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Slug().IsMatch(PartnerId ?? ""))
        {
            problems.Add($"partnerId '{PartnerId}' must be a lower-case slug such as 'police-avon'");
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("name is required");
        }

        if (Endpoint is not { IsAbsoluteUri: true } || Endpoint.Scheme is not ("https" or "http"))
        {
            problems.Add($"endpoint '{Endpoint}' must be an absolute http(s) URL");
        }

        if (Routes is not { Count: > 0 })
        {
            problems.Add("at least one routing rule is required");
        }

        foreach (var (route, i) in (Routes ?? []).Select((r, i) => (r, i)))
        {
            if (route.MaxPriority is < 1 or > 5)
            {
                problems.Add($"routes[{i}].maxPriority must be 1..5");
            }

            if (route.Area is { IsValid: false })
            {
                problems.Add($"routes[{i}].area is not a valid south/west/north/east box");
            }
        }

        return problems;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
