namespace OpsCentre.Console.Views;

/// <summary>A map layer ready to serve: the JSON, its gzip copy, and an ETag so a reload costs a 304.</summary>
public sealed record MapLayerContent(byte[] Json, byte[] Gzip, string ETag, int FeatureCount);
