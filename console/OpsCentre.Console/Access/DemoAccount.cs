using OpsCentre.Incidents.Audit;

namespace OpsCentre.Console.Access;

/// <summary>One seeded demo account, with its password in clear so it can be documented (Access/README.md).</summary>
public sealed record DemoAccount(string UserName, ActorRole Role, string Password, string? PartnerId = null)
{
    /// <summary>One account per role, and one per blue-light partner so partner isolation can be seen. Partner ids are
    /// the partner registry's slugs: a partner account sees alerts once a supervisor registers a partner with that id.</summary>
    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("operator", ActorRole.Operator, "operator-demo"),
        new("supervisor", ActorRole.Supervisor, "supervisor-demo"),
        new("analyst", ActorRole.Analyst, "analyst-demo"),
        new("police", ActorRole.Partner, "police-demo", "police-avon"),
        new("fire", ActorRole.Partner, "fire-demo", "fire-avon"),
        new("ambulance", ActorRole.Partner, "ambulance-demo", "ambulance-swast"),
    ];
}
