using System.Globalization;
using System.Xml;

namespace OpsCentre.Charts.Svg;

/// <summary>
/// Writes SVG elements through an <see cref="XmlWriter"/>, so every chart built on it is well-formed XML with
/// escaped text. Coordinates are written with invariant culture and two decimals (sub-pixel precision is invisible
/// and only bloats the file).
/// </summary>
public sealed class SvgWriter : IDisposable
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private readonly XmlWriter _xml;
    private int _openGroups;

    public SvgWriter(TextWriter output, double width, double height)
    {
        // No XML declaration: it would claim the TextWriter's encoding (UTF-16 for a StringWriter) whatever the file is saved as.
        _xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = false, OmitXmlDeclaration = true, CloseOutput = false });
        _xml.WriteStartDocument();
        _xml.WriteStartElement("svg", SvgNamespace);
        _xml.WriteAttributeString("width", Format(width));
        _xml.WriteAttributeString("height", Format(height));
        _xml.WriteAttributeString("viewBox", $"0 0 {Format(width)} {Format(height)}");
        _xml.WriteAttributeString("font-family", "DejaVu Sans, Arial, sans-serif");
    }

    public static string Format(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Starts a &lt;g&gt; element; <paramref name="clipPathId"/> clips its content to a defined clip path.</summary>
    public void BeginGroup(string? cssClass = null, string? clipPathId = null)
    {
        _xml.WriteStartElement("g", SvgNamespace);
        WriteOptional("class", cssClass);
        if (clipPathId is not null)
        {
            _xml.WriteAttributeString("clip-path", $"url(#{clipPathId})");
        }

        _openGroups++;
    }

    public void EndGroup()
    {
        if (_openGroups == 0)
        {
            throw new InvalidOperationException("No group is open.");
        }

        _xml.WriteEndElement();
        _openGroups--;
    }

    public void ClipRectangle(string id, double x, double y, double width, double height)
    {
        _xml.WriteStartElement("defs", SvgNamespace);
        _xml.WriteStartElement("clipPath", SvgNamespace);
        _xml.WriteAttributeString("id", id);
        Rectangle(x, y, width, height, fill: "none");
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    public void Title(string text) => _xml.WriteElementString("title", SvgNamespace, text);

    public void Rectangle(double x, double y, double width, double height, string fill, string? stroke = null, double opacity = 1, string? tooltip = null)
    {
        _xml.WriteStartElement("rect", SvgNamespace);
        _xml.WriteAttributeString("x", Format(x));
        _xml.WriteAttributeString("y", Format(y));
        _xml.WriteAttributeString("width", Format(Math.Max(0, width)));
        _xml.WriteAttributeString("height", Format(Math.Max(0, height)));
        _xml.WriteAttributeString("fill", fill);
        WriteOptional("stroke", stroke);
        if (opacity < 1)
        {
            _xml.WriteAttributeString("fill-opacity", Format(opacity));
        }

        WriteTooltip(tooltip);
        _xml.WriteEndElement();
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double strokeWidth = 1, string? dashArray = null)
    {
        _xml.WriteStartElement("line", SvgNamespace);
        _xml.WriteAttributeString("x1", Format(x1));
        _xml.WriteAttributeString("y1", Format(y1));
        _xml.WriteAttributeString("x2", Format(x2));
        _xml.WriteAttributeString("y2", Format(y2));
        _xml.WriteAttributeString("stroke", stroke);
        _xml.WriteAttributeString("stroke-width", Format(strokeWidth));
        WriteOptional("stroke-dasharray", dashArray);
        _xml.WriteEndElement();
    }

    /// <summary>An open polyline through the given pixel points; <paramref name="dataName"/> tags it for tests and tooling.</summary>
    public void Polyline(IReadOnlyList<(double X, double Y)> points, string stroke, double strokeWidth, string? dataName = null)
    {
        if (points.Count == 0)
        {
            return;
        }

        var path = new System.Text.StringBuilder(points.Count * 14);
        for (var i = 0; i < points.Count; i++)
        {
            path.Append(i == 0 ? 'M' : 'L').Append(Format(points[i].X)).Append(',').Append(Format(points[i].Y));
        }

        _xml.WriteStartElement("path", SvgNamespace);
        WriteOptional("data-series", dataName);
        _xml.WriteAttributeString("d", path.ToString());
        _xml.WriteAttributeString("fill", "none");
        _xml.WriteAttributeString("stroke", stroke);
        _xml.WriteAttributeString("stroke-width", Format(strokeWidth));
        _xml.WriteAttributeString("stroke-linejoin", "round");
        _xml.WriteEndElement();
    }

    public void Circle(double cx, double cy, double radius, string fill, string? stroke = null, string? tooltip = null)
    {
        _xml.WriteStartElement("circle", SvgNamespace);
        _xml.WriteAttributeString("cx", Format(cx));
        _xml.WriteAttributeString("cy", Format(cy));
        _xml.WriteAttributeString("r", Format(radius));
        _xml.WriteAttributeString("fill", fill);
        WriteOptional("stroke", stroke);
        WriteTooltip(tooltip);
        _xml.WriteEndElement();
    }

    public void Text(double x, double y, string text, double fontSize = 11, string anchor = "start", string fill = "#333", string? weight = null, double rotateDegrees = 0)
    {
        _xml.WriteStartElement("text", SvgNamespace);
        _xml.WriteAttributeString("x", Format(x));
        _xml.WriteAttributeString("y", Format(y));
        _xml.WriteAttributeString("font-size", Format(fontSize));
        _xml.WriteAttributeString("text-anchor", anchor);
        _xml.WriteAttributeString("fill", fill);
        WriteOptional("font-weight", weight);
        if (rotateDegrees != 0)
        {
            _xml.WriteAttributeString("transform", $"rotate({Format(rotateDegrees)} {Format(x)} {Format(y)})");
        }

        _xml.WriteString(text);
        _xml.WriteEndElement();
    }

    public void Dispose()
    {
        while (_openGroups > 0)
        {
            EndGroup();
        }

        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
        _xml.Dispose();
    }

    private void WriteTooltip(string? tooltip)
    {
        if (tooltip is not null)
        {
            Title(tooltip);
        }
    }

    private void WriteOptional(string attribute, string? value)
    {
        if (value is not null)
        {
            _xml.WriteAttributeString(attribute, value);
        }
    }
}
