using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using OpsCentre.Alerts.Cap;
using OpsCentre.Alerts.Feeds;
using OpsCentre.Alerts.Partners;
using OpsCentre.Alerts.Tests.Support;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Correlation;
using OpsCentre.Incidents.Tests.Support;
using OpsCentre.Tests;

namespace OpsCentre.Alerts.Tests.Feeds;

public sealed class CapFeedIngestorTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static CapFeedIngestor Ingestor(AlertHarness harness, CapFeedOptions? options = null) =>
        new(harness.Incidents, harness.Feed, harness.Lifecycle, CorrelationRulesFile.LoadDefault(), options ?? new CapFeedOptions(), harness.Time, NullLogger<CapFeedIngestor>.Instance);

    /// <summary>While the real thunderstorm warning (sent 14:57 PDT, expiring 16:00) was in force.</summary>
    private static readonly DateTimeOffset DuringTheStorm = new(2003, 6, 17, 15, 10, 0, TimeSpan.FromHours(-7));

    private static Stream Example(string name) => File.OpenRead(TestData.File("city", "interop", "cap", name));

    private static CapAlert FloodWarning(CapMessageType type = CapMessageType.Alert, string identifier = "EA-FW-1", IReadOnlyList<CapReference>? references = null) => new(
        identifier, "floodwarnings@environment-agency.example", Anomalies.Start, CapStatus.Actual, type, CapScope.Public,
        [new CapInfo([CapCategory.Met], "Flood warning", CapUrgency.Expected, CapSeverity.Severe, CapCertainty.Likely,
            Headline: "Flood warning: River Avon at Netham", Description: "River levels are rising.",
            Areas: [new CapArea("River Avon, Netham", Circles: [new CapCircle(Anomalies.Origin, 2)])])],
        References: references);

    [Fact]
    public async Task Real_thunderstorm_warning_raises_a_severe_weather_incident_with_its_procedure()
    {
        await using var harness = await AlertHarness.CreateAsync(start: DuringTheStorm);

        var outcome = await Ingestor(harness).IngestAsync(Example("thunderstorm.cap.xml"), "nws", None);

        Assert.Equal("raised", outcome.Action);
        var incident = (await harness.Incidents.GetAsync(outcome.IncidentId!, None))!;
        Assert.Equal(("severe-weather", 3, IncidentState.New), (incident.Kind, incident.Priority, incident.State));
        Assert.Contains("SEVERE THUNDERSTORM WARNING", incident.Title);
        Assert.Equal(38.47, incident.Location.Lat, 1);
        Assert.NotEmpty(incident.Checklist!);
        Assert.Equal("cap-feed:nws", (await harness.Audit.ForSubjectAsync(AuditSubjects.Incident, incident.IncidentId, None)).Single().Actor.Name);
    }

    [Fact]
    public async Task Same_warning_delivered_twice_raises_one_incident()
    {
        await using var harness = await AlertHarness.CreateAsync();
        var ingestor = Ingestor(harness);

        await ingestor.IngestAsync(FloodWarning(), "ea", None);
        var again = await ingestor.IngestAsync(FloodWarning(), "ea", None);

        Assert.Equal("unchanged", again.Action);
        Assert.Equal(1, await harness.Incidents.CountAsync(None));
    }

    [Fact]
    public async Task Update_changes_the_referenced_incident_and_cancel_resolves_it()
    {
        await using var harness = await AlertHarness.CreateAsync();
        var ingestor = Ingestor(harness);
        var raised = await ingestor.IngestAsync(FloodWarning(), "ea", None);
        var original = FloodWarning().Reference;

        var update = FloodWarning(CapMessageType.Update, "EA-FW-2", [original]) is var u
            ? u with { Info = [u.Info[0] with { Severity = CapSeverity.Extreme, Headline = "Severe flood warning: River Avon at Netham" }] }
            : null;
        var updated = await ingestor.IngestAsync(update!, "ea", None);
        var cancelled = await ingestor.IngestAsync(FloodWarning(CapMessageType.Cancel, "EA-FW-3", [original]), "ea", None);

        Assert.Equal(("updated", raised.IncidentId), (updated.Action, updated.IncidentId));
        Assert.Equal(("resolved", raised.IncidentId), (cancelled.Action, cancelled.IncidentId));
        var incident = (await harness.Incidents.GetAsync(raised.IncidentId!, None))!;
        Assert.Contains("Severe flood warning", incident.Title);
        Assert.Equal(IncidentState.Resolved, incident.State);
    }

    [Fact]
    public async Task Warnings_outside_the_city_or_only_for_practice_are_ignored()
    {
        await using var harness = await AlertHarness.CreateAsync(start: DuringTheStorm);
        var ingestor = Ingestor(harness, new CapFeedOptions { CityBounds = new GeoBounds(51.3, -2.8, 51.6, -2.4) });

        var faraway = await ingestor.IngestAsync(Example("thunderstorm.cap.xml"), "nws", None);
        var exercise = await ingestor.IngestAsync(FloodWarning() with { Status = CapStatus.Exercise }, "ea", None);

        Assert.Equal(("ignored", "no area inside the city"), (faraway.Action, faraway.Reason));
        Assert.Equal("ignored", exercise.Action);
        Assert.Equal(0, await harness.Incidents.CountAsync(None));
    }

    [Fact]
    public async Task Expired_warning_is_ignored()
    {
        await using var harness = await AlertHarness.CreateAsync(start: DuringTheStorm.AddHours(2));

        var outcome = await Ingestor(harness).IngestAsync(Example("thunderstorm.cap.xml"), "nws", None);

        Assert.Equal(("ignored", "expired"), (outcome.Action, outcome.Reason));
    }

    [Fact]
    public async Task Hostile_document_is_refused_and_raises_nothing()
    {
        await using var harness = await AlertHarness.CreateAsync();
        var bomb = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">&b;</alert>";

        await Assert.ThrowsAsync<CapRejectedException>(() => Ingestor(harness).IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(bomb)), "hostile", None));

        Assert.Equal(0, await harness.Incidents.CountAsync(None));
    }

    [Fact]
    public async Task River_rise_near_a_flood_warning_joins_it_as_evidence()
    {
        await using var harness = await AlertHarness.CreateAsync();
        var raised = await Ingestor(harness).IngestAsync(FloodWarning(), "ea", None);
        var raiser = new RuleBasedRaiser(CorrelationRulesFile.LoadDefault(), RoadLinkGraph.Empty);
        raiser.Restore([(await harness.Incidents.GetAsync(raised.IncidentId!, None))!]);

        var joined = raiser.OnAnomaly(Anomalies.New("river-avon-netham", AssetKind.RiverGauge, "riverLevelMetres", AnomalyPattern.LevelShift,
            TimeSpan.FromMinutes(30), 0.95, 6.2, 4.1, "IidChangePoint", "level up 2.1 m", Anomalies.East(800)));

        Assert.Equal(raised.IncidentId, Assert.Single(joined).IncidentId);
    }
}
