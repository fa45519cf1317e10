namespace OpsCentre.Ingest.Decoding;

/// <summary>One event type as the wire sees it: its discriminator and which JSON properties it has and requires.</summary>
internal sealed record EventShape(
    string Discriminator,
    Type ClrType,
    IReadOnlySet<string> Properties,
    IReadOnlySet<string> Required,
    IReadOnlySet<string> NonNullable);
