using OpsCentre.Alerts.Partners;
using static OpsCentre.Incidents.Tests.Support.Incidents;

namespace OpsCentre.Alerts.Tests.Partners;

public sealed class PartnerTests
{
    [Fact]
    public void Registration_problems_are_all_named()
    {
        var partner = new Partner("Police Avon", "", PartnerService.Police, new Uri("ftp://police.example/cap"), [new RoutingRule([], MaxPriority: 9, Area: new GeoBounds(52, 0, 51, 1))]);

        var problems = partner.Problems();

        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.Contains("slug"));
        Assert.Contains(problems, p => p.Contains("maxPriority"));
    }

    [Fact]
    public void Routing_rule_matches_on_kind_priority_and_area()
    {
        var rule = new RoutingRule(["possible-collision"], MaxPriority: 2, Area: new GeoBounds(51.3, -2.8, 51.6, -2.4));

        Assert.True(rule.Matches(Collision(priority: 1)));
        Assert.False(rule.Matches(Collision(priority: 3)));
        Assert.False(rule.Matches(Collision() with { Kind = "fly-tipping" }));
        Assert.False(rule.Matches(Collision() with { Location = new(53.48, -2.24) }));
    }
}
