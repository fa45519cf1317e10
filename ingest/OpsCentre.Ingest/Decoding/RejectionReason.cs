namespace OpsCentre.Ingest.Decoding;

/// <summary>Why ingest refused a message. Each maps to a stable code for the dead-letter reason header.</summary>
public enum RejectionReason
{
    /// <summary>Larger than <see cref="DecoderOptions.MaxMessageBytes"/>; not parsed at all.</summary>
    Oversized,

    /// <summary>Not JSON, or JSON that is not an object.</summary>
    MalformedJson,

    /// <summary>A "type" discriminator that names no event.</summary>
    UnknownType,

    /// <summary>A well-formed event on a topic that does not carry that type (or a topic that carries no events).</summary>
    TypeNotAllowedOnTopic,

    /// <summary>A required field (including "type") is absent or null.</summary>
    MissingField,

    /// <summary>A field the event type does not have; a producer's typo must not be silently ignored.</summary>
    UnknownProperty,

    /// <summary>A field of the wrong JSON type, an undefined enum value or an unknown object class.</summary>
    InvalidFieldValue,

    /// <summary>The asset id is not in the asset directory.</summary>
    UnknownAsset,

    /// <summary>The asset exists but cannot produce this event (traffic from a camera, NO2 from a river gauge).</summary>
    WrongAssetKind,

    /// <summary>A value outside what is physically possible: negative, NaN/Infinity, beyond the ranges.</summary>
    OutOfRange,

    /// <summary>Observed further in the future than the allowed clock skew.</summary>
    TimestampInFuture,

    /// <summary>Observed longer ago than the allowed age.</summary>
    TimestampTooOld,

    /// <summary>Carries personal data (plate, face, name, raw track id). The payload must not be kept anywhere.</summary>
    IdentifyingData,
}
