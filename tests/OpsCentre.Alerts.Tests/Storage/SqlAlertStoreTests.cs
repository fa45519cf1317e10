using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Partners;
using OpsCentre.Alerts.Tests.Support;
using static OpsCentre.Incidents.Tests.Support.Incidents;

namespace OpsCentre.Alerts.Tests.Storage;

public sealed class SqlAlertStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Uri Nowhere = new("http://127.0.0.1:9/cap");

    [Fact]
    public async Task A_leased_message_is_not_leased_again_until_its_lease_runs_out()
    {
        await using var harness = await AlertHarness.CreateAsync();
        await harness.RegisterAsync("police-avon", PartnerService.Police, Nowhere);
        await harness.RaiseAsync(Collision());
        var now = harness.Time.GetUtcNow();

        var first = await harness.Alerts.LeaseDueAsync(now, TimeSpan.FromMinutes(2), 10, None);
        var second = await harness.Alerts.LeaseDueAsync(now.AddMinutes(1), TimeSpan.FromMinutes(2), 10, None);
        var afterExpiry = await harness.Alerts.LeaseDueAsync(now.AddMinutes(2), TimeSpan.FromMinutes(2), 10, None);

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Equal(first.Single().Identifier, Assert.Single(afterExpiry).Identifier);
    }

    [Fact]
    public async Task Concurrent_workers_never_lease_the_same_message()
    {
        await using var harness = await AlertHarness.CreateAsync();
        await harness.RegisterAsync("police-avon", PartnerService.Police, Nowhere);
        for (var i = 0; i < 20; i++)
        {
            await harness.RaiseAsync(Collision($"INC-{i:00}"));
        }

        var leases = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => harness.Alerts.LeaseDueAsync(harness.Time.GetUtcNow(), TimeSpan.FromMinutes(2), 7, None)));

        var identifiers = leases.SelectMany(l => l.Select(m => m.Identifier)).ToList();
        Assert.Equal(20, identifiers.Count);
        Assert.Equal(identifiers.Count, identifiers.Distinct().Count());
    }

    [Fact]
    public async Task Planning_the_same_incident_version_twice_stores_one_message()
    {
        await using var harness = await AlertHarness.CreateAsync();
        await harness.RegisterAsync("police-avon", PartnerService.Police, Nowhere);
        var incident = await harness.RaiseAsync(Collision());

        var again = await harness.Planning.PlanAsync([incident], None);

        Assert.Empty(again);
        Assert.Single(await harness.Alerts.MessagesAsync(AlertIds.For("INC-COLLISION", "police-avon"), None));
    }
}
