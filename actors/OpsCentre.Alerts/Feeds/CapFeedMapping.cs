using OpsCentre.Alerts.Cap;

namespace OpsCentre.Alerts.Feeds;

/// <summary>
/// Turns an external warning into an incident kind: it applies when the warning has one of the categories (empty =
/// any) and its event or headline contains one of the keywords (empty = any), compared case-insensitively.
/// </summary>
public sealed record CapFeedMapping(string Kind, int Priority, IReadOnlyList<CapCategory> Categories, IReadOnlyList<string> Keywords)
{
    public bool Matches(CapInfo info) =>
        (Categories.Count == 0 || info.Categories.Any(Categories.Contains))
        && (Keywords.Count == 0 || Keywords.Any(k => info.Event.Contains(k, StringComparison.OrdinalIgnoreCase) || (info.Headline ?? "").Contains(k, StringComparison.OrdinalIgnoreCase)));
}
