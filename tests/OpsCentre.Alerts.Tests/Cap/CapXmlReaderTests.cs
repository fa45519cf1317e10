using System.Text;
using OpsCentre.Alerts.Cap;
using OpsCentre.Tests;

namespace OpsCentre.Alerts.Tests.Cap;

public sealed class CapXmlReaderTests
{
    private static readonly CapXmlReader Reader = new();

    private static byte[] Example(string name) => File.ReadAllBytes(TestData.File("city", "interop", "cap", name));

    [Fact]
    public void Real_thunderstorm_warning_is_read_with_its_polygon()
    {
        var alert = Reader.Read(Example("thunderstorm.cap.xml"));

        Assert.Equal(("KSTO1055887203", "KSTO@NWS.NOAA.GOV", CapStatus.Actual, CapMessageType.Alert), (alert.Identifier, alert.Sender, alert.Status, alert.MsgType));
        var info = Assert.Single(alert.Info);
        Assert.Equal(("SEVERE THUNDERSTORM", CapUrgency.Immediate, CapSeverity.Severe, CapCertainty.Observed), (info.Event, info.Urgency, info.Severity, info.Certainty));
        var polygon = Assert.Single(info.Areas![0].Polygons!);
        Assert.Equal(5, polygon.Count);
        Assert.Equal(polygon[0], polygon[^1]);
        Assert.Equal(new DateTimeOffset(2003, 6, 17, 14, 57, 0, TimeSpan.FromHours(-7)), alert.Sent);
    }

    [Fact]
    public void Prefixed_multi_info_alert_with_a_circle_is_read()
    {
        var alert = Reader.Read(Example("australia.cap.xml"));

        Assert.Equal(2, alert.Info.Count);
        Assert.Equal([CapCategory.Fire, CapCategory.Met], alert.Info[0].Categories);
        var circle = Assert.Single(alert.Info[0].Areas![0].Circles!);
        Assert.Equal((-35.3888, 147.0598, 25.0), (circle.Centre.Lat, circle.Centre.Lon, circle.RadiusKm));
    }

    [Fact]
    public void Area_given_only_by_geocode_has_no_centre()
    {
        var alert = Reader.Read(Example("oasis_amber_alert_example.xml"));

        Assert.Null(alert.Info[0].Areas![0].Centre);
        Assert.Equal("006037", alert.Info[0].Areas![0].Geocodes![0].Value);
    }

    [Fact]
    public void Billion_laughs_is_refused_before_any_entity_is_expanded()
    {
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&lol9;</identifier></alert>
            """;

        var error = Assert.Throws<CapRejectedException>(() => Reader.Read(Encoding.UTF8.GetBytes(bomb)));

        Assert.Contains("DTD", error.Message);
    }

    [Fact]
    public void External_entity_pointing_at_a_local_file_is_refused_and_the_file_never_read()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"opscentre-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "SECRET-CONTENT");
        try
        {
            var xxe = $"""
                <?xml version="1.0"?>
                <!DOCTYPE alert [ <!ENTITY leak SYSTEM "file://{secret}"> ]>
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
                  <identifier>&leak;</identifier><sender>x@example.org</sender><sent>2026-11-03T08:00:00-00:00</sent>
                  <status>Actual</status><msgType>Alert</msgType><scope>Public</scope>
                </alert>
                """;

            var error = Assert.Throws<CapRejectedException>(() => Reader.Read(Encoding.UTF8.GetBytes(xxe)));

            Assert.DoesNotContain("SECRET-CONTENT", error.ToString());
            Assert.Contains("DTD", error.Message);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public async Task Document_over_the_size_limit_is_refused_while_streaming()
    {
        var reader = new CapXmlReader(new CapReadOptions { MaxBytes = 4096 });
        var huge = Encoding.UTF8.GetString(Example("thunderstorm.cap.xml")).Replace("<description>", "<description>" + new string('x', 10_000));

        var error = await Assert.ThrowsAsync<CapRejectedException>(() => reader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(huge)), CancellationToken.None));

        Assert.Contains("4096", error.Message);
    }

    [Fact]
    public void Schema_violation_is_refused_with_the_reason()
    {
        var invalid = Encoding.UTF8.GetString(Example("thunderstorm.cap.xml")).Replace("<urgency>Immediate</urgency>", "<urgency>Soonish</urgency>");

        var error = Assert.Throws<CapRejectedException>(() => Reader.Read(Encoding.UTF8.GetBytes(invalid)));

        Assert.Contains("not valid CAP 1.2", error.Message);
        Assert.Contains("Soonish", error.Message);
    }

    [Fact]
    public void Other_cap_version_is_refused()
    {
        var older = Encoding.UTF8.GetString(Example("thunderstorm.cap.xml")).Replace("cap:1.2", "cap:1.1");

        var error = Assert.Throws<CapRejectedException>(() => Reader.Read(Encoding.UTF8.GetBytes(older)));

        Assert.Contains("expected alert in urn:oasis:names:tc:emergency:cap:1.2", error.Message);
    }

    [Fact]
    public void Malformed_xml_is_refused()
    {
        Assert.Throws<CapRejectedException>(() => Reader.Read(Encoding.UTF8.GetBytes("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>")));
    }
}
