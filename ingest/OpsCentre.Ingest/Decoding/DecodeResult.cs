using OpsCentre.Contracts.Readings;

namespace OpsCentre.Ingest.Decoding;

/// <summary>The outcome of decoding one message: <see cref="Decoded"/> or <see cref="Rejected"/>.</summary>
public abstract record DecodeResult;

/// <summary>A message that passed every check.</summary>
public sealed record Decoded(CityEvent Event) : DecodeResult;

/// <summary>A refused message, with a reason code and a detail an engineer can act on.</summary>
/// <param name="Detail">What exactly was wrong. Names fields, never echoes identifying values.</param>
public sealed record Rejected(RejectionReason Reason, string Detail) : DecodeResult
{
    /// <summary>Stable kebab-case code, e.g. "unknown-asset".</summary>
    public string Code => Reason switch
    {
        RejectionReason.Oversized => "oversized",
        RejectionReason.MalformedJson => "malformed-json",
        RejectionReason.UnknownType => "unknown-type",
        RejectionReason.TypeNotAllowedOnTopic => "type-not-allowed-on-topic",
        RejectionReason.MissingField => "missing-field",
        RejectionReason.UnknownProperty => "unknown-property",
        RejectionReason.InvalidFieldValue => "invalid-field-value",
        RejectionReason.UnknownAsset => "unknown-asset",
        RejectionReason.WrongAssetKind => "wrong-asset-kind",
        RejectionReason.OutOfRange => "out-of-range",
        RejectionReason.TimestampInFuture => "timestamp-in-future",
        RejectionReason.TimestampTooOld => "timestamp-too-old",
        RejectionReason.IdentifyingData => "identifying-data",
        _ => Reason.ToString(),
    };

    /// <summary>The value for the dead-letter reason header: "code: detail".</summary>
    public string DeadLetterReason => $"{Code}: {Detail}";

    /// <summary>
    /// False when the raw message carries personal data: the dead-letter copy must then hold the reason only, not
    /// the original bytes, or the dead-letter topic becomes a store of plates and faces.
    /// </summary>
    public bool MayKeepPayload => Reason != RejectionReason.IdentifyingData;
}
