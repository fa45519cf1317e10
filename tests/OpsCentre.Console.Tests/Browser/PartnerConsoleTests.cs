using System.Net;
using System.Net.Http.Json;
using OpsCentre.Contracts.Operations;

namespace OpsCentre.Console.Tests.Browser;

/// <summary>A blue-light partner signed in to the console sees its own alerts only, and acknowledges them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PartnerConsoleTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task A_partner_sees_only_its_own_alerts_and_acknowledges_one()
    {
        await RegisterPartnersAsync();
        var collision = await fixture.Node.PublishIncidentAsync(SampleIncidents.Collision($"INC-COLL{Random.Shared.Next(100_000, 999_999)}", priority: 1));
        var fire = await fixture.Node.PublishIncidentAsync(SampleIncidents.Collision($"INC-FIRE{Random.Shared.Next(100_000, 999_999)}", priority: 1) with { Kind = "fire", Title = "Vehicle fire" });
        using var police = await fixture.Node.SignedInAsync("police");
        using var fireService = await fixture.Node.SignedInAsync("fire");
        Assert.True(await TestNode.EventuallyAsync(async () => await AlertedAsync(police, collision.IncidentId) && await AlertedAsync(fireService, fire.IncidentId), TimeSpan.FromSeconds(30)),
            "the alert router never alerted both partners");

        var page = fixture.Page;
        page.SignIn("police");
        page.Open("alerts", $"tr[data-incident='{collision.IncidentId}']");

        Assert.DoesNotContain(fire.IncidentId, page.Attributes("tr[data-incident]", "data-incident"));
        Assert.Equal("Alerts for police-avon", page.Text("main h1"));
        Assert.Equal(["Alerts"], page.Texts("#nav a"));

        page.Click($"tr[data-incident='{collision.IncidentId}'] button");
        page.Until(() => page.Text($"tr[data-incident='{collision.IncidentId}']").Contains("Acknowledged", StringComparison.Ordinal), "the alert to show acknowledged");
        page.Screenshot("partner-alerts");

        using var supervisor = await fixture.Node.SignedInAsync("supervisor");
        Assert.True(await TestNode.EventuallyAsync(async () =>
            (await supervisor.GetFromJsonAsync<Incident>($"/api/incidents/{collision.IncidentId}", TestNode.Json))!.Alerts?.Any(a => a.PartnerId == "police-avon" && a.State == PartnerAlertState.Acknowledged) == true,
            TimeSpan.FromSeconds(15)), "the incident never showed the partner's acknowledgement");
    }

    [Fact]
    public async Task A_partner_cannot_reach_the_operators_pages()
    {
        var page = fixture.Page;
        page.SignIn("ambulance");

        page.Driver.Navigate().GoToUrl(new Uri(fixture.Node.Address, "/#/queue"));
        page.Until(() => page.Driver.Url.EndsWith("#/alerts", StringComparison.Ordinal), "the partner to be sent back to its alerts");
        using var ambulance = await fixture.Node.SignedInAsync("ambulance");
        Assert.Equal(HttpStatusCode.Forbidden, (await ambulance.GetAsync("/api/incidents")).StatusCode);
    }

    private async Task RegisterPartnersAsync()
    {
        using var supervisor = await fixture.Node.SignedInAsync("supervisor");
        foreach (var (id, name, service, kind) in new[] { ("police-avon", "Avon and Somerset Police", "Police", "possible-collision"), ("fire-avon", "Avon Fire and Rescue", "Fire", "fire") })
        {
            var response = await supervisor.PostAsJsonAsync("/api/partners", new
            {
                partnerId = id,
                name,
                service,
                endpoint = "http://127.0.0.1:9/cap",
                routes = new[] { new { kinds = new[] { kind }, maxPriority = 5 } },
            });
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"registering {id}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<bool> AlertedAsync(HttpClient partner, string incidentId) =>
        (await partner.GetStringAsync("/api/partner/alerts")).Contains(incidentId, StringComparison.Ordinal);
}
