using System.Text;
using OpsCentre.Alerts.Cap;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Alerts.Tests.Cap;

public sealed class CapXmlWriterTests
{
    private static readonly CapAlert Alert = new(
        "ops.city.example.ALR-1.1", "opscentre@ops.city.example", new DateTimeOffset(2026, 11, 3, 8, 0, 0, TimeSpan.Zero), CapStatus.Exercise,
        CapMessageType.Update, CapScope.Private,
        [new CapInfo([CapCategory.Transport, CapCategory.Rescue], "Possible road traffic collision", CapUrgency.Immediate, CapSeverity.Severe, CapCertainty.Likely,
            Language: "en-GB", ResponseTypes: [CapResponseType.Assess], EventCodes: [new("OpsCentreKind", "possible-collision")],
            Expires: new DateTimeOffset(2026, 11, 3, 14, 0, 0, TimeSpan.Zero), Headline: "Possible collision & blocked lane <A4>",
            Parameters: [new("Priority", "1")],
            Areas: [new CapArea("Portway", [[new(51.45, -2.6), new(51.46, -2.6), new(51.46, -2.59), new(51.45, -2.6)]], [new CapCircle(new GeoPoint(51.4545, -2.5879), 0.5)])])],
        Addresses: "police-avon",
        References: [new CapReference("opscentre@ops.city.example", "ops.city.example.ALR-1.0", "2026-11-03T07:55:00-00:00")],
        Incidents: "INC-1");

    [Fact]
    public void Written_alert_reads_back_the_same()
    {
        var read = new CapXmlReader().Read(Encoding.UTF8.GetBytes(CapXmlWriter.Write(Alert)));

        Assert.Equal((Alert.Identifier, Alert.Sent, Alert.Status, Alert.MsgType, Alert.Addresses, Alert.Incidents), (read.Identifier, read.Sent, read.Status, read.MsgType, read.Addresses, read.Incidents));
        Assert.Equal(Alert.References, read.References);
        var info = Assert.Single(read.Info);
        Assert.Equal(Alert.Info[0].Headline, info.Headline);
        Assert.Equal(Alert.Info[0].Categories, info.Categories);
        Assert.Equal(Alert.Info[0].Areas![0].Polygons![0], info.Areas![0].Polygons![0]);
        Assert.Equal(Alert.Info[0].Areas![0].Circles, info.Areas![0].Circles);
    }

    [Fact]
    public void Written_alert_is_valid_cap_1_2()
    {
        Assert.Empty(CapSchema.Embedded.Validate(CapXmlWriter.Write(Alert)));
    }

    [Fact]
    public void Utc_times_are_written_with_minus_zero_offset_never_z()
    {
        Assert.Equal("2026-11-03T08:00:00-00:00", CapTime.Format(new DateTimeOffset(2026, 11, 3, 8, 0, 0, 123, TimeSpan.Zero)));
        Assert.Equal("2026-11-03T09:00:00+01:00", CapTime.Format(new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.FromHours(1))));
    }
}
