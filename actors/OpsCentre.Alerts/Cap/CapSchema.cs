using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace OpsCentre.Alerts.Cap;

/// <summary>
/// The OASIS CAP 1.2 XML schema, compiled once. <see cref="Embedded"/> is the copy built into this assembly; tests
/// load the shared data set's copy with <see cref="Load"/> so outgoing alerts are checked against the published file.
/// </summary>
public sealed class CapSchema
{
    public const string Namespace = "urn:oasis:names:tc:emergency:cap:1.2";

    private const string Resource = "OpsCentre.Alerts.Cap.CAP-v1.2.xsd";

    private static readonly Lazy<CapSchema> EmbeddedSchema = new(() =>
    {
        using var stream = typeof(CapSchema).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"embedded resource {Resource} is missing from the build");
        return new CapSchema(stream);
    });

    private CapSchema(Stream xsd)
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using var reader = XmlReader.Create(xsd, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        set.Add(Namespace, reader);
        set.Compile();
        Set = set;
    }

    public static CapSchema Embedded => EmbeddedSchema.Value;

    public XmlSchemaSet Set { get; }

    public static CapSchema Load(string path)
    {
        using var stream = File.OpenRead(path);
        return new CapSchema(stream);
    }

    /// <summary>Schema errors in <paramref name="xml"/> (empty = valid), each with its line.</summary>
    public IReadOnlyList<string> Validate(string xml)
    {
        var errors = new List<string>();
        var document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        if (document.Root?.Name != XName.Get("alert", Namespace))
        {
            return [$"the root element is {document.Root?.Name}, not a CAP 1.2 alert"];
        }

        document.Validate(Set, (_, e) => errors.Add($"line {e.Exception?.LineNumber}: {e.Message}"));
        return errors;
    }
}
