using System.Globalization;
using System.Text;
using System.Xml;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Alerts.Cap;

/// <summary>Writes a <see cref="CapAlert"/> as CAP 1.2 XML, elements in the order the schema's sequences demand.</summary>
public static class CapXmlWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        OmitXmlDeclaration = false,
    };

    public static string Write(CapAlert alert)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(text), Settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("alert", CapSchema.Namespace);
            Element(writer, "identifier", alert.Identifier);
            Element(writer, "sender", alert.Sender);
            Element(writer, "sent", CapTime.Format(alert.Sent));
            Element(writer, "status", alert.Status.ToString());
            Element(writer, "msgType", alert.MsgType.ToString());
            Element(writer, "source", alert.Source);
            Element(writer, "scope", alert.Scope.ToString());
            Element(writer, "restriction", alert.Restriction);
            Element(writer, "addresses", alert.Addresses);
            foreach (var code in alert.Codes ?? [])
            {
                Element(writer, "code", code);
            }

            Element(writer, "note", alert.Note);
            Element(writer, "references", alert.References is { Count: > 0 } references ? string.Join(' ', references) : null);
            Element(writer, "incidents", alert.Incidents);
            foreach (var info in alert.Info)
            {
                WriteInfo(writer, info);
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return text.ToString();
    }

    private static void WriteInfo(XmlWriter writer, CapInfo info)
    {
        writer.WriteStartElement("info", CapSchema.Namespace);
        Element(writer, "language", info.Language);
        foreach (var category in info.Categories)
        {
            Element(writer, "category", category.ToString());
        }

        Element(writer, "event", info.Event);
        foreach (var response in info.ResponseTypes ?? [])
        {
            Element(writer, "responseType", response.ToString());
        }

        Element(writer, "urgency", info.Urgency.ToString());
        Element(writer, "severity", info.Severity.ToString());
        Element(writer, "certainty", info.Certainty.ToString());
        Element(writer, "audience", info.Audience);
        NamedValues(writer, "eventCode", info.EventCodes);
        Element(writer, "effective", info.Effective is { } effective ? CapTime.Format(effective) : null);
        Element(writer, "onset", info.Onset is { } onset ? CapTime.Format(onset) : null);
        Element(writer, "expires", info.Expires is { } expires ? CapTime.Format(expires) : null);
        Element(writer, "senderName", info.SenderName);
        Element(writer, "headline", info.Headline);
        Element(writer, "description", info.Description);
        Element(writer, "instruction", info.Instruction);
        Element(writer, "web", info.Web);
        Element(writer, "contact", info.Contact);
        NamedValues(writer, "parameter", info.Parameters);
        foreach (var area in info.Areas ?? [])
        {
            writer.WriteStartElement("area", CapSchema.Namespace);
            Element(writer, "areaDesc", area.AreaDesc);
            foreach (var polygon in area.Polygons ?? [])
            {
                Element(writer, "polygon", string.Join(' ', polygon.Select(Pair)));
            }

            foreach (var circle in area.Circles ?? [])
            {
                Element(writer, "circle", $"{Pair(circle.Centre)} {circle.RadiusKm.ToString("0.###", CultureInfo.InvariantCulture)}");
            }

            NamedValues(writer, "geocode", area.Geocodes);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static string Pair(GeoPoint point) =>
        string.Create(CultureInfo.InvariantCulture, $"{point.Lat:0.######},{point.Lon:0.######}");

    private static void NamedValues(XmlWriter writer, string name, IReadOnlyList<CapNamedValue>? values)
    {
        foreach (var value in values ?? [])
        {
            writer.WriteStartElement(name, CapSchema.Namespace);
            Element(writer, "valueName", value.ValueName);
            Element(writer, "value", value.Value);
            writer.WriteEndElement();
        }
    }

    private static void Element(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteElementString(name, CapSchema.Namespace, value);
        }
    }

    /// <summary>StringWriter reports UTF-16; the declaration must say what the bytes on the wire will be.</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
