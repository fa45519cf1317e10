using System.Globalization;
using OpsCentre.Alerts.Cap;
using OpsCentre.Alerts.Partners;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents;

namespace OpsCentre.Alerts.Alerting;

/// <summary>
/// Writes an incident as a CAP 1.2 message to one partner. Urgency and severity follow the priority; certainty
/// follows the evidence (one source: possible; corroborated: likely; confirmed by an operator: observed); the area is
/// a circle around the incident wide enough for all its evidence, plus the evidence's outline when it spans three or
/// more places.
/// </summary>
public sealed class IncidentCapComposer
{
    private const int MaxEvidenceLines = 10;
    private const int MaxHeadline = 160;

    private readonly AlertingOptions _options;

    public IncidentCapComposer(AlertingOptions options)
    {
        options.Validate();
        _options = options;
    }

    public AlertingOptions Options => _options;

    /// <summary>What a partner cares about, reduced to a string: when it changes, the partner gets an Update.</summary>
    public static string Fingerprint(Incident incident) => string.Create(CultureInfo.InvariantCulture,
        $"p{incident.Priority}|{(incident.State.IsOpen() ? "open" : "ended")}|{CertaintyOf(incident)}|{incident.Location.Lat:0.0000},{incident.Location.Lon:0.0000}|a{incident.AssetIds.Count}|e{incident.EscalationLevel}");

    public CapAlert Compose(Incident incident, Partner partner, CapMessageType type, string identifier, DateTimeOffset sent, IReadOnlyList<CapReference> references, string? note)
    {
        var profile = CapProfiles.For(incident.Kind);
        var open = incident.State.IsOpen();
        var (urgency, severity) = UrgencyAndSeverity(incident.Priority);
        var info = new CapInfo(
            profile.Categories,
            profile.Event,
            open ? urgency : CapUrgency.Past,
            severity,
            CertaintyOf(incident),
            Language: _options.Language,
            ResponseTypes: [open ? profile.Response : CapResponseType.AllClear],
            EventCodes: [new CapNamedValue("OpsCentreKind", incident.Kind)],
            Effective: sent,
            Expires: sent + _options.ExpiresAfter,
            SenderName: _options.SenderName,
            Headline: Truncate((open ? "" : "ENDED: ") + incident.Title, MaxHeadline),
            Description: Describe(incident),
            Instruction: open ? profile.Instruction : "The incident has ended; no further action is requested.",
            Parameters:
            [
                new("OpsCentreIncident", incident.IncidentId),
                new("Priority", incident.Priority.ToString(CultureInfo.InvariantCulture)),
                new("IncidentState", incident.State.ToString()),
                new("EscalationLevel", incident.EscalationLevel.ToString(CultureInfo.InvariantCulture)),
                new("EvidenceCount", incident.Evidence.Count.ToString(CultureInfo.InvariantCulture)),
            ],
            Areas: [Area(incident)]);
        return new CapAlert(
            identifier,
            _options.Sender,
            sent,
            _options.Status,
            type,
            CapScope.Private,
            [info],
            Addresses: partner.PartnerId,
            Note: note,
            References: references.Count > 0 ? references : null,
            Incidents: incident.IncidentId);
    }

    private static CapCertainty CertaintyOf(Incident incident) =>
        incident.Outcome?.Verdict == OutcomeVerdict.TruePositive ? CapCertainty.Observed
        : incident.Evidence.Count == 0 || incident.AssetIds.Count >= 2 ? CapCertainty.Likely
        : CapCertainty.Possible;

    private static (CapUrgency, CapSeverity) UrgencyAndSeverity(int priority) => priority switch
    {
        1 => (CapUrgency.Immediate, CapSeverity.Severe),
        2 => (CapUrgency.Expected, CapSeverity.Severe),
        3 => (CapUrgency.Expected, CapSeverity.Moderate),
        _ => (CapUrgency.Future, CapSeverity.Minor),
    };

    private CapArea Area(Incident incident)
    {
        var points = incident.Evidence.Select(e => e.Location).Distinct().ToList();
        var reach = points.Count == 0 ? 0 : points.Max(p => p.DistanceMetresTo(incident.Location));
        var radiusKm = Math.Round(Math.Max(_options.MinimumAreaRadiusMetres, reach + 50) / 1000, 3);
        var hull = ConvexHull(points);
        var assets = incident.AssetIds.Count == 0 ? "the reported area" : string.Join(", ", incident.AssetIds.Take(5)) + (incident.AssetIds.Count > 5 ? " and others" : "");
        return new CapArea(
            $"Around {assets}",
            hull.Count >= 3 ? [[.. hull, hull[0]]] : null,
            [new CapCircle(incident.Location, radiusKm)]);
    }

    private static string Describe(Incident incident)
    {
        var lines = new List<string>
        {
            incident.Summary,
            "",
            string.Create(CultureInfo.InvariantCulture, $"Incident {incident.IncidentId}: priority {incident.Priority}, {incident.State.ToString().ToLowerInvariant()}, escalation level {incident.EscalationLevel}, opened {CapTime.Format(incident.OpenedAt)}."),
        };
        if (incident.Evidence.Count > 0)
        {
            lines.Add("Evidence:");
            lines.AddRange(incident.Evidence.Take(MaxEvidenceLines).Select(a => string.Create(CultureInfo.InvariantCulture,
                $"- {CapTime.Format(a.ObservedAt)} {a.AssetId} {a.Signal} {a.Pattern.ToString().ToLowerInvariant()} (observed {a.Observed:0.##}, expected {a.Expected:0.##}): {a.Explanation}")));
            if (incident.Evidence.Count > MaxEvidenceLines)
            {
                lines.Add($"- and {incident.Evidence.Count - MaxEvidenceLines} more");
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Andrew's monotone chain, counter-clockwise; fewer than 3 points back means the points are collinear.</summary>
    private static List<GeoPoint> ConvexHull(List<GeoPoint> points)
    {
        var sorted = points.OrderBy(p => p.Lon).ThenBy(p => p.Lat).ToList();
        if (sorted.Count < 3)
        {
            return sorted;
        }

        static double Cross(GeoPoint o, GeoPoint a, GeoPoint b) => (a.Lon - o.Lon) * (b.Lat - o.Lat) - (a.Lat - o.Lat) * (b.Lon - o.Lon);
        var hull = new List<GeoPoint>();
        foreach (var pass in new[] { sorted, Enumerable.Reverse(sorted).ToList() })
        {
            var start = hull.Count;
            foreach (var point in pass)
            {
                while (hull.Count >= start + 2 && Cross(hull[^2], hull[^1], point) <= 0)
                {
                    hull.RemoveAt(hull.Count - 1);
                }

                hull.Add(point);
            }

            hull.RemoveAt(hull.Count - 1);
        }

        return hull;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
