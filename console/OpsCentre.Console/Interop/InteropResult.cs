namespace OpsCentre.Console.Interop;

/// <summary>What one third-party request became: events published, assets registered, notes on what was not mapped.</summary>
/// <param name="Messages">Entities or messages in the request.</param>
/// <param name="Events">City events published to the city topics.</param>
/// <param name="RegisteredAssets">Assets this request introduced, registered before their events were published.</param>
/// <param name="Notes">What was not mapped and why (field names, never values).</param>
public sealed record InteropResult(int Messages, int Events, IReadOnlyList<string> RegisteredAssets, IReadOnlyList<string> Notes);
