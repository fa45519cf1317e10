using System.Text.Json;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Assets;

namespace OpsCentre.Ingest.Decoding;

/// <summary>
/// The pipeline's first step: raw message bytes from a city topic become a <see cref="Decoded"/> event or a
/// <see cref="Rejected"/> reason for the dead-letter topic. The happy path is one size check, one source-generated
/// deserialize (which itself refuses unknown properties, missing required fields and unknown types) and the
/// <see cref="CityEventValidator"/> checks; working out a precise reason for a structural failure happens only
/// when one occurs. Thread-safe: one instance serves every consumer.
/// </summary>
public sealed class CityEventDecoder
{
    private readonly CityEventValidator _validator;
    private readonly DecoderOptions _options;

    public CityEventDecoder(IAssetDirectory assets, TimeProvider clock, DecoderOptions? options = null)
    {
        _options = (options ?? DecoderOptions.Default).Validated();
        _validator = new CityEventValidator(assets, clock, _options);
    }

    public DecodeResult Decode(string topic, ReadOnlySpan<byte> message)
    {
        if (message.Length > _options.MaxMessageBytes)
        {
            return new Rejected(RejectionReason.Oversized, $"message is {message.Length} bytes; the limit is {_options.MaxMessageBytes}");
        }

        if (!CityEventSchema.TopicTypes.TryGetValue(topic, out var expectedType))
        {
            return new Rejected(
                RejectionReason.TypeNotAllowedOnTopic,
                $"topic '{topic}' carries no city events (city topics are {string.Join(", ", CityEventSchema.TopicTypes.Keys)})");
        }

        CityEvent? cityEvent;
        try
        {
            cityEvent = JsonSerializer.Deserialize(message, ContractJson.Default.CityEvent);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            // NotSupportedException is how System.Text.Json reports an abstract type without its discriminator.
            return RejectionClassifier.Classify(message, expectedType, topic, ex);
        }

        if (cityEvent is null)
        {
            return new Rejected(RejectionReason.MalformedJson, "a city event must be a JSON object, not null");
        }

        if (cityEvent.GetType() != expectedType)
        {
            return RejectionClassifier.TypeNotAllowed(CityEventSchema.DiscriminatorOf(cityEvent.GetType()), expectedType, topic);
        }

        return _validator.Check(cityEvent) ?? (DecodeResult)new Decoded(cityEvent);
    }
}
