namespace OpsCentre.Alerts.Cap;

/// <summary>An earlier message an Update, Cancel or Ack refers to, written "sender,identifier,sent".</summary>
public sealed record CapReference(string Sender, string Identifier, string Sent)
{
    public override string ToString() => $"{Sender},{Identifier},{Sent}";

    /// <summary>Parses the space-separated references element; malformed entries are skipped.</summary>
    public static IReadOnlyList<CapReference> ParseList(string? text) =>
        [.. (text ?? "").Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split(','))
            .Where(parts => parts.Length == 3 && parts.All(p => p.Length > 0))
            .Select(parts => new CapReference(parts[0], parts[1], parts[2]))];
}
