using System.Buffers;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Ingest.Assets;

/// <summary>
/// The asset id grammar: <c>&lt;prefix&gt;-&lt;local&gt;</c>, where the prefix names the kind (link-, jct-, cam-, aq-,
/// noise-, damp-, river-, light-) and the local part is 1–64 characters of letters, digits, '.', '_' and '-',
/// starting with a letter or digit. Ids are Kafka keys and appear in URLs, so nothing else is allowed.
/// </summary>
public static class AssetIds
{
    public const int MaxLocalLength = 64;

    private static readonly SearchValues<char> LocalChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");

    public static string PrefixOf(AssetKind kind) => kind switch
    {
        AssetKind.RoadLink => "link",
        AssetKind.Junction => "jct",
        AssetKind.Camera => "cam",
        AssetKind.AirQualityMonitor => "aq",
        AssetKind.NoiseSensor => "noise",
        AssetKind.HousingSensor => "damp",
        AssetKind.RiverGauge => "river",
        AssetKind.Streetlight => "light",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown asset kind"),
    };

    /// <summary>The kind an id's prefix names, or null if the id does not follow the grammar.</summary>
    public static AssetKind? KindOf(string assetId)
    {
        var dash = assetId.IndexOf('-');
        if (dash <= 0 || !IsValidLocalPart(assetId.AsSpan(dash + 1)))
        {
            return null;
        }

        return assetId.AsSpan(0, dash) switch
        {
            "link" => AssetKind.RoadLink,
            "jct" => AssetKind.Junction,
            "cam" => AssetKind.Camera,
            "aq" => AssetKind.AirQualityMonitor,
            "noise" => AssetKind.NoiseSensor,
            "damp" => AssetKind.HousingSensor,
            "river" => AssetKind.RiverGauge,
            "light" => AssetKind.Streetlight,
            _ => null,
        };
    }

    public static bool IsValid(string assetId, AssetKind kind) => KindOf(assetId) == kind;

    /// <summary>
    /// Builds an id from outside names (a FIWARE URN, a Frigate camera name): characters outside the grammar become
    /// '-', runs collapse, and over-long names keep their start plus a short stable hash so distinct sources stay distinct.
    /// </summary>
    public static string Create(AssetKind kind, string localName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(localName);
        var chars = new List<char>(localName.Length);
        foreach (var c in localName)
        {
            var mapped = LocalChars.Contains(c) ? c : '-';
            if (mapped == '-' && chars.Count > 0 && chars[^1] == '-')
            {
                continue;
            }

            chars.Add(mapped);
        }

        var local = new string(chars.ToArray()).Trim('-', '.', '_');
        if (local.Length == 0)
        {
            local = StableHash(localName);
        }
        else if (local.Length > MaxLocalLength)
        {
            local = $"{local[..(MaxLocalLength - 9)].TrimEnd('-', '.', '_')}-{StableHash(localName)}";
        }

        return $"{PrefixOf(kind)}-{local}";
    }

    private static bool IsValidLocalPart(ReadOnlySpan<char> local) =>
        local.Length is > 0 and <= MaxLocalLength
        && char.IsAsciiLetterOrDigit(local[0])
        && !local.ContainsAnyExcept(LocalChars);

    private static string StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash.ToString("x8");
    }
}
