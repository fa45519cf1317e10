using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Alerts.Cap;

/// <summary>
/// Reads CAP 1.2 from untrusted sources. The document is size-limited before parsing; DTDs are refused outright (so
/// no entity expansion — billion laughs — and no external entities — XXE — can happen), no resolver is set (nothing
/// is fetched), and the document is validated against the embedded CAP 1.2 schema while it is read.
/// </summary>
public sealed class CapXmlReader
{
    private static readonly XNamespace Cap = CapSchema.Namespace;

    private readonly CapReadOptions _options;

    public CapXmlReader(CapReadOptions? options = null)
    {
        _options = options ?? new CapReadOptions();
        _options.Validate();
    }

    /// <exception cref="CapRejectedException">The document is too large, malformed, carries a DTD or is not CAP 1.2.</exception>
    public async Task<CapAlert> ReadAsync(Stream input, CancellationToken cancellationToken)
    {
        var bytes = await ReadLimitedAsync(input, cancellationToken).ConfigureAwait(false);
        return Read(bytes);
    }

    /// <exception cref="CapRejectedException">The document is too large, malformed, carries a DTD or is not CAP 1.2.</exception>
    public CapAlert Read(byte[] document)
    {
        if (document.Length > _options.MaxBytes)
        {
            throw new CapRejectedException($"CAP document is {document.Length} bytes; the limit is {_options.MaxBytes}");
        }

        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = _options.MaxBytes,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        if (_options.RequireSchemaValid)
        {
            settings.ValidationType = ValidationType.Schema;
            settings.Schemas = CapSchema.Embedded.Set;
            settings.ValidationEventHandler += (_, e) => errors.Add($"line {e.Exception?.LineNumber}: {e.Message}");
        }

        XDocument xml;
        try
        {
            using var stream = new MemoryStream(document, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            xml = XDocument.Load(reader);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new CapRejectedException("CAP document carries a DTD; DTDs are refused (entity expansion and external entities)", e);
        }
        catch (XmlException e)
        {
            throw new CapRejectedException($"CAP document is not well-formed XML: {e.Message}", e);
        }

        if (xml.Root?.Name != Cap + "alert")
        {
            throw new CapRejectedException($"root element is {xml.Root?.Name}; expected alert in {CapSchema.Namespace}");
        }

        if (errors.Count > 0)
        {
            throw new CapRejectedException($"not valid CAP 1.2: {string.Join("; ", errors.Take(5))}{(errors.Count > 5 ? $" (and {errors.Count - 5} more)" : "")}");
        }

        try
        {
            return Map(xml.Root);
        }
        catch (FormatException e)
        {
            throw new CapRejectedException($"CAP document has a value that cannot be read: {e.Message}", e);
        }
    }

    private async Task<byte[]> ReadLimitedAsync(Stream input, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                throw new CapRejectedException($"CAP document exceeds the limit of {_options.MaxBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static CapAlert Map(XElement alert) => new(
        Required(alert, "identifier"),
        Required(alert, "sender"),
        CapTime.Parse(Required(alert, "sent")),
        Enum.Parse<CapStatus>(Required(alert, "status")),
        Enum.Parse<CapMessageType>(Required(alert, "msgType")),
        Enum.Parse<CapScope>(Required(alert, "scope")),
        [.. alert.Elements(Cap + "info").Select(MapInfo)],
        Optional(alert, "source"),
        Optional(alert, "restriction"),
        Optional(alert, "addresses"),
        [.. alert.Elements(Cap + "code").Select(c => c.Value.Trim())],
        Optional(alert, "note"),
        CapReference.ParseList(Optional(alert, "references")),
        Optional(alert, "incidents"));

    private static CapInfo MapInfo(XElement info) => new(
        [.. info.Elements(Cap + "category").Select(c => Enum.Parse<CapCategory>(c.Value.Trim()))],
        Required(info, "event"),
        Enum.Parse<CapUrgency>(Required(info, "urgency")),
        Enum.Parse<CapSeverity>(Required(info, "severity")),
        Enum.Parse<CapCertainty>(Required(info, "certainty")),
        Optional(info, "language"),
        [.. info.Elements(Cap + "responseType").Select(r => Enum.Parse<CapResponseType>(r.Value.Trim()))],
        Optional(info, "audience"),
        NamedValues(info, "eventCode"),
        Optional(info, "effective") is { } effective ? CapTime.Parse(effective) : null,
        Optional(info, "onset") is { } onset ? CapTime.Parse(onset) : null,
        Optional(info, "expires") is { } expires ? CapTime.Parse(expires) : null,
        Optional(info, "senderName"),
        Optional(info, "headline"),
        Optional(info, "description"),
        Optional(info, "instruction"),
        Optional(info, "web"),
        Optional(info, "contact"),
        NamedValues(info, "parameter"),
        [.. info.Elements(Cap + "area").Select(MapArea)]);

    private static CapArea MapArea(XElement area) => new(
        Required(area, "areaDesc"),
        [.. area.Elements(Cap + "polygon").Select(p => ParsePoints(p.Value))],
        [.. area.Elements(Cap + "circle").Select(c => ParseCircle(c.Value))],
        NamedValues(area, "geocode"));

    private static IReadOnlyList<GeoPoint> ParsePoints(string text) =>
        [.. text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(ParsePoint)];

    private static CapCircle ParseCircle(string text)
    {
        var parts = text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            throw new FormatException($"circle '{text}' is not 'lat,lon radius'");
        }

        return new CapCircle(ParsePoint(parts[0]), double.Parse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private static GeoPoint ParsePoint(string pair)
    {
        var parts = pair.Split(',');
        var point = parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                ? new GeoPoint(lat, lon)
                : throw new FormatException($"'{pair}' is not a 'lat,lon' pair");
        return point.IsValid ? point : throw new FormatException($"'{pair}' is outside ±90/±180");
    }

    private static IReadOnlyList<CapNamedValue> NamedValues(XElement parent, string name) =>
        [.. parent.Elements(Cap + name).Select(e => new CapNamedValue(Required(e, "valueName"), Optional(e, "value") ?? ""))];

    private static string Required(XElement parent, string name) =>
        parent.Element(Cap + name)?.Value.Trim() ?? throw new FormatException($"<{name}> is missing");

    private static string? Optional(XElement parent, string name) => parent.Element(Cap + name)?.Value.Trim();
}
