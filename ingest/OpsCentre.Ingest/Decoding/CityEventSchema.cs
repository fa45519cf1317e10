using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Ingest.Decoding;

/// <summary>
/// The wire schema of <see cref="CityEvent"/>, read from the source-generated contract metadata rather than restated
/// here, so a field added to a contract is known to the decoder's diagnostics without touching this code. Also which
/// event type each city topic carries.
/// </summary>
internal static class CityEventSchema
{
    public static string DiscriminatorProperty { get; } =
        ContractJson.Default.CityEvent.PolymorphismOptions?.TypeDiscriminatorPropertyName ?? "$type";

    public static IReadOnlyDictionary<string, EventShape> ByDiscriminator { get; } = BuildShapes();

    /// <summary>The event type each city input topic carries; other topics carry no city events.</summary>
    public static IReadOnlyDictionary<string, Type> TopicTypes { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [CityTopics.Traffic] = typeof(TrafficReading),
        [CityTopics.Cctv] = typeof(CameraEvent),
        [CityTopics.Sensors] = typeof(SensorReading),
    };

    public static string DiscriminatorOf(Type clrType) =>
        ByDiscriminator.Values.First(shape => shape.ClrType == clrType).Discriminator;

    private static Dictionary<string, EventShape> BuildShapes()
    {
        var shapes = new Dictionary<string, EventShape>(StringComparer.Ordinal);
        var derivedTypes = ContractJson.Default.CityEvent.PolymorphismOptions?.DerivedTypes
            ?? throw new InvalidOperationException("CityEvent has no polymorphism metadata");
        foreach (var derived in derivedTypes)
        {
            var discriminator = derived.TypeDiscriminator?.ToString()
                ?? throw new InvalidOperationException($"{derived.DerivedType.Name} has no discriminator");
            var info = ContractJson.Default.GetTypeInfo(derived.DerivedType)
                ?? throw new InvalidOperationException($"no JSON metadata for {derived.DerivedType.Name}");
            shapes[discriminator] = new EventShape(
                discriminator,
                derived.DerivedType,
                info.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal),
                info.Properties.Where(p => p.IsRequired).Select(p => p.Name).ToHashSet(StringComparer.Ordinal),
                info.Properties.Where(p => !p.IsSetNullable).Select(p => p.Name).ToHashSet(StringComparer.Ordinal));
        }

        return shapes;
    }
}
