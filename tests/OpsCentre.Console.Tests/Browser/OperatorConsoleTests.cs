using OpenQA.Selenium;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Console.Tests.Browser;

/// <summary>An operator's shift in real headless Chromium: incidents arriving live, worked from the keyboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OperatorConsoleTests(ConsoleFixture fixture)
{
    private static string NewId(string prefix) => $"INC-{prefix}{Random.Shared.Next(100_000, 999_999)}";

    [Fact]
    public async Task Operator_sees_a_new_incident_arrive_then_acknowledges_and_resolves_it_from_the_keyboard_and_sees_the_audit()
    {
        var page = fixture.Page;
        page.SignIn("operator");
        page.OpenLiveQueue();

        var incident = await fixture.Node.PublishIncidentAsync(SampleIncidents.Collision(NewId("KEYS"), priority: 2));
        var row = $"tr[data-id='{incident.IncidentId}']";
        page.Until(() => page.FindAll(row).Count == 1, $"{incident.IncidentId} arriving in the queue");
        Assert.Contains("new", page.Text(row));
        Assert.Matches(@"Ack in \dm \d\ds", page.Text($"{row} [data-sla]"));

        page.Click(row);
        Assert.Equal(incident.IncidentId, page.Script<string>("return document.activeElement.dataset.id"));
        page.Press("a");
        page.Until(() => page.Text(row).Contains("acknowledged", StringComparison.Ordinal), "the row to show acknowledged");
        Assert.Matches(@"Resolve in \d+h \d\dm", page.Text($"{row} [data-sla]"));

        page.Press("r");
        page.Until(() => page.FindAll("dialog[open] input").Count == 1, "the resolution dialog");
        page.Press("Vehicle recovered, lane reopened" + Keys.Enter);
        page.Until(() => page.FindAll(row).Count == 0, "the resolved incident to leave the open queue");

        page.Open($"incidents/{incident.IncidentId}", "#audit tbody tr");
        page.Until(() => page.FindAll("#audit tbody tr").Count >= 2, "both actions in the audit trail");
        var audit = page.Texts("#audit tbody tr");
        Assert.Contains(audit, line => line.Contains("operator (operator)") && line.Contains("acknowledge") && line.Contains("new → acknowledged"));
        Assert.Contains(audit, line => line.Contains("operator (operator)") && line.Contains("resolve") && line.Contains("acknowledged → resolved") && line.Contains("Vehicle recovered, lane reopened"));
        Assert.Contains("resolved", page.Text(".incident-head"));
        page.Screenshot("incident");
    }

    [Fact]
    public async Task Operator_works_the_procedure_and_records_the_outcome_on_the_incident_page()
    {
        var page = fixture.Page;
        page.SignIn("operator");
        var incident = await fixture.Node.PublishIncidentAsync(SampleIncidents.Collision(NewId("SOP"), priority: 2));
        page.Open($"incidents/{incident.IncidentId}", "#act-ack");
        Assert.False(page.Find("#step-confirm-camera").Enabled);

        page.Press("a");
        page.Until(() => page.Find("#step-confirm-camera").Enabled, "the procedure to open once acknowledged");
        page.Click("#step-confirm-camera");
        page.Until(() => page.Text(".checklist").Contains("done by operator", StringComparison.Ordinal), "the step to show who did it");
        page.Type("#outcome-verdict", "False positive");
        page.Type("#outcome-note", "Broken-down bus, no collision");
        page.Click("#outcome-save");

        page.Until(() => page.Text("section[aria-labelledby='notes-title']").Contains("False positive, judged by operator", StringComparison.Ordinal), "the recorded outcome");
        page.Until(() => page.FindAll("#audit tbody tr").Count(r => r.Text.Contains("record-outcome", StringComparison.Ordinal)) == 1, "the outcome in the audit trail");
        // Partner alert updates may interleave (the alert router works on the same incident); the operator's own
        // actions must be there in order.
        var operatorActions = page.Cells("#audit tbody tr").Where(cells => cells[1] == "operator (operator)").Select(cells => cells[2]);
        Assert.Equal(["acknowledge", "tick-step", "record-outcome"], operatorActions);
    }

    [Fact]
    public async Task A_new_priority_one_incident_raises_the_alert_banner()
    {
        var page = fixture.Page;
        page.SignIn("supervisor");
        page.OpenLiveQueue();

        var incident = await fixture.Node.PublishIncidentAsync(SampleIncidents.Collision(NewId("P1"), priority: 1));

        page.Until(() => page.Find("#p1-banner").Displayed && page.Text("#p1-banner").Contains(incident.IncidentId), "the priority 1 banner");
        Assert.Equal("alert", page.Find("#p1-banner").GetAttribute("role"));
        Assert.Contains("arrived", page.Attributes($"tr[data-id='{incident.IncidentId}']", "class").Single());
        var rows = page.Attributes("#queue tbody tr[data-id]", "data-id").Zip(page.Texts("#queue tbody tr[data-id] .badge")).ToList();
        Assert.All(rows.TakeWhile(r => r.First != incident.IncidentId), r => Assert.Equal("P1", r.Second));
    }

    [Fact]
    public async Task Anomalies_from_the_pipeline_become_a_priority_one_collision_in_the_queue_and_a_pin_on_the_map()
    {
        var page = fixture.Page;
        page.SignIn("operator");
        page.OpenLiveQueue();
        var asset = $"link-test-{Random.Shared.Next(1000, 9999)}";
        var now = DateTimeOffset.UtcNow;
        // Away from the other tests' incidents (all at Temple Meads), so the correlator opens a new one rather than
        // joining this evidence to one of theirs.
        var where = new GeoPoint(51.49 + Random.Shared.NextDouble() * 0.02, -2.62 + Random.Shared.NextDouble() * 0.02);

        await fixture.Node.PublishAnomalyAsync(SampleIncidents.SpeedCollapse(asset, now, where));
        await fixture.Node.PublishAnomalyAsync(SampleIncidents.StoppedVehicle($"cam-test-{asset[^4..]}", now.AddSeconds(20), where));

        page.Until(() => page.Find("#queue tbody").Text.Contains(asset, StringComparison.Ordinal), $"an incident on {asset} in the queue", TimeSpan.FromSeconds(45));
        var id = page.Script<string>("return [...document.querySelectorAll('#queue tbody tr[data-id]')].find(r => r.innerText.includes(arguments[0])).dataset.id", asset);
        Assert.Contains("possible-collision", page.Text($"tr[data-id='{id}']"));
        Assert.Equal("P1", page.Text($"tr[data-id='{id}'] .badge"));
        page.Open("map", ".incident-pin");
        page.Until(() => page.Attributes(".incident-pin", "title").Any(title => title?.Contains(asset, StringComparison.Ordinal) == true), $"the pin of {id}");
        page.Until(() => page.Script<long>("return document.querySelectorAll('.leaflet-overlay-pane canvas').length") > 0, "the road links drawn");
    }
}
