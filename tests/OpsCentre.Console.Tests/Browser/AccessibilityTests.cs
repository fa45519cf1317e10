using OpsCentre.Contracts.Readings;

namespace OpsCentre.Console.Tests.Browser;

/// <summary>
/// WCAG 2.0 and 2.1, levels A and AA, checked by axe-core in Chromium on every main page with live content on it,
/// each page saved as a screenshot under artifacts/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(ConsoleFixture fixture)
{
    [Fact]
    public void Sign_in_page_has_no_wcag_a_or_aa_violations()
    {
        var page = fixture.Page;
        page.Driver.Manage().Cookies.DeleteAllCookies();
        page.Driver.Navigate().GoToUrl(new Uri(fixture.Node.Address, "/signin.html"));
        page.Until(() => page.FindAll("#signin-form").Count == 1, "the sign-in form");

        AssertNoViolations(page, "signin");
    }

    [Theory]
    [InlineData("queue", "#queue tbody tr[data-id]")]
    [InlineData("incidents/{id}", "#audit, #evidence-title")]
    [InlineData("map", ".leaflet-overlay-pane canvas")]
    [InlineData("cameras", "#camera-events tbody tr")]
    [InlineData("system", "#topics tbody tr")]
    public async Task Operator_pages_have_no_wcag_a_or_aa_violations(string route, string ready)
    {
        var incident = await fixture.Node.PublishIncidentAsync(SampleIncidents.Collision($"INC-AXE{Random.Shared.Next(100_000, 999_999)}", priority: 1));
        var page = fixture.Page;
        page.SignIn("operator");
        if (route == "cameras")
        {
            await ShowCameraAnalyticsAsync();
        }

        page.Open(route.Replace("{id}", incident.IncidentId, StringComparison.Ordinal), ready);

        AssertNoViolations(page, route.Split('/')[0]);
    }

    [Fact]
    public void Partner_page_has_no_wcag_a_or_aa_violations()
    {
        var page = fixture.Page;
        page.SignIn("police");
        page.Open("alerts", "#partner-alerts tbody tr");

        AssertNoViolations(page, "partner-alerts");
    }

    // The panel follows the topic from its end, so publish until it has joined and shows the camera.
    private async Task ShowCameraAnalyticsAsync()
    {
        using var client = await fixture.Node.SignedInAsync("analyst");
        var now = DateTimeOffset.UtcNow;
        var reports = Enumerable.Range(0, 30).Select(i => new CameraEvent(
            "cam-001",
            now.AddMinutes(i - 30),
            new Dictionary<string, int> { ["car"] = 20 + (i % 7), ["bus"] = i % 3, ["person"] = 4 + (i % 5) },
            i == 27 ? CameraEventKind.StoppedVehicle : CameraEventKind.None,
            i == 27 ? 0.93 : null,
            i == 27 ? "northbound lane" : null)).ToList();
        Assert.True(await TestNode.EventuallyAsync(async () =>
        {
            await fixture.Node.PublishCameraEventsAsync(reports);
            return (await client.GetAsync("/api/views/cameras/cam-001")).IsSuccessStatusCode;
        }, TimeSpan.FromSeconds(30)), "the CCTV panel never showed cam-001");
    }

    private static void AssertNoViolations(ConsolePage page, string name)
    {
        Thread.Sleep(500);
        page.Screenshot(name);
        var violations = page.AccessibilityViolations();
        Assert.True(violations.Count == 0, $"{name}: {violations.Count} axe-core violations:\n{string.Join("\n", violations)}");
    }
}
