using System.Text.Json;
using System.Text.RegularExpressions;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Correlation.RulesFile;

namespace OpsCentre.Incidents.Correlation;

/// <summary>
/// Loads and validates the incident rules file (JSON, <c>schemaVersion</c> 1), collecting every problem with its
/// location instead of stopping at the first, so whoever edits the file fixes it in one go. The file shipped with
/// the system is embedded (<see cref="LoadDefault"/>); a deployment may point at its own copy.
/// </summary>
public static partial class CorrelationRulesFile
{
    public const int SupportedSchemaVersion = 1;

    private const string DefaultResource = "OpsCentre.Incidents.Correlation.incident-rules.json";

    private static readonly TimeSpan MinWindow = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(7);
    private const double MaxDistanceMetres = 50_000;

    public static CorrelationRuleSet Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new CorrelationRulesException(path, [$"file not found (working directory {Environment.CurrentDirectory})"]);
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static CorrelationRuleSet LoadDefault()
    {
        using var stream = typeof(CorrelationRulesFile).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"embedded resource {DefaultResource} is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "(built-in incident-rules.json)");
    }

    public static CorrelationRuleSet Parse(string json, string source)
    {
        RulesDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, RulesJson.Default.RulesDocument);
        }
        catch (JsonException e)
        {
            throw new CorrelationRulesException(source, [$"not valid rules JSON at {e.Path ?? "$"} (line {e.LineNumber + 1}): {e.Message}"]);
        }

        if (document is null)
        {
            throw new CorrelationRulesException(source, ["the file is empty (null)"]);
        }

        var errors = new List<string>();
        if (document.SchemaVersion != SupportedSchemaVersion)
        {
            errors.Add($"schemaVersion: this build reads version {SupportedSchemaVersion}, the file says {document.SchemaVersion?.ToString() ?? "nothing"}");
        }

        if (string.IsNullOrWhiteSpace(document.RulesVersion))
        {
            errors.Add("rulesVersion: required (e.g. \"2026.11.1\"); it is stamped on every incident the rules raise");
        }

        var kinds = ValidateKinds(document.Kinds, errors);
        var rules = ValidateRules(document.Rules, kinds.Select(k => k.Kind).ToHashSet(StringComparer.Ordinal), errors);
        if (errors.Count > 0)
        {
            throw new CorrelationRulesException(source, errors);
        }

        return new CorrelationRuleSet(document.RulesVersion!.Trim(), kinds, rules);
    }

    private static List<IncidentKindDefinition> ValidateKinds(List<KindDocument?>? documents, List<string> errors)
    {
        var kinds = new List<IncidentKindDefinition>();
        if (documents is not { Count: > 0 })
        {
            errors.Add("kinds: at least one incident kind is required");
            return kinds;
        }

        for (var i = 0; i < documents.Count; i++)
        {
            var at = $"kinds[{i}]";
            if (documents[i] is not { } kind)
            {
                errors.Add($"{at}: null");
                continue;
            }

            if (!IsSlug(kind.Kind))
            {
                errors.Add($"{at}.kind: must be a lower-case slug like \"possible-collision\" (was \"{kind.Kind}\")");
                continue;
            }

            at = $"kinds[{i}] ({kind.Kind})";
            if (kinds.Any(k => k.Kind == kind.Kind))
            {
                errors.Add($"{at}: defined twice");
            }

            if (string.IsNullOrWhiteSpace(kind.Title))
            {
                errors.Add($"{at}.title: required");
            }

            var steps = kind.Procedure ?? [];
            if (steps.Count == 0 || steps.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add($"{at}.procedure: needs at least one step, and no step may be empty");
            }

            kinds.Add(new IncidentKindDefinition(kind.Kind!, kind.Title?.Trim() ?? "", [.. steps.Select(s => s?.Trim() ?? "")]));
        }

        return kinds;
    }

    private static List<CorrelationRule> ValidateRules(List<RuleDocument?>? documents, HashSet<string> kinds, List<string> errors)
    {
        var rules = new List<CorrelationRule>();
        if (documents is not { Count: > 0 })
        {
            errors.Add("rules: at least one rule is required");
            return rules;
        }

        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i] is not { } rule)
            {
                errors.Add($"rules[{i}]: null");
                continue;
            }

            var at = IsSlug(rule.Id) ? $"rules[{i}] ({rule.Id})" : $"rules[{i}]";
            var before = errors.Count;
            if (!IsSlug(rule.Id))
            {
                errors.Add($"{at}.id: must be a lower-case slug (was \"{rule.Id}\")");
            }
            else if (rules.Any(r => r.Id == rule.Id) || documents.Take(i).Any(d => d?.Id == rule.Id))
            {
                errors.Add($"{at}.id: used by an earlier rule too");
            }

            if (rule.Kind is null || !kinds.Contains(rule.Kind))
            {
                errors.Add($"{at}.kind: \"{rule.Kind}\" is not one of the kinds defined in the file ({string.Join(", ", kinds.Order(StringComparer.Ordinal))})");
            }

            if (rule.Priority is not (>= 1 and <= 5))
            {
                errors.Add($"{at}.priority: must be 1 (life-safety) .. 5 (routine), was {rule.Priority?.ToString() ?? "missing"}");
            }

            var window = Duration(rule.Window, $"{at}.window", errors);
            var joinWindow = Duration(rule.JoinWindow, $"{at}.joinWindow", errors);
            var space = ValidateSpace(rule.Space, $"{at}.space", errors);
            var evidence = ValidateEvidence(rule.Evidence, at, errors);
            if (errors.Count == before)
            {
                rules.Add(new CorrelationRule(rule.Id!, rule.Kind!, rule.Priority!.Value, window, joinWindow, space!, evidence, rule.Description));
            }
        }

        return rules;
    }

    private static SpatialScope? ValidateSpace(SpaceDocument? space, string at, List<string> errors)
    {
        if (space is null)
        {
            errors.Add($"{at}: required (withinMetres and/or connectedRoadLinks)");
            return null;
        }

        var within = space.WithinMetres ?? 0;
        if (double.IsNaN(within) || within < 0 || within > MaxDistanceMetres)
        {
            errors.Add($"{at}.withinMetres: must be 0..{MaxDistanceMetres} m, was {within}");
        }

        return new SpatialScope(within, space.ConnectedRoadLinks ?? false);
    }

    private static List<EvidenceRole> ValidateEvidence(List<EvidenceDocument?>? documents, string ruleAt, List<string> errors)
    {
        var roles = new List<EvidenceRole>();
        if (documents is not { Count: > 0 })
        {
            errors.Add($"{ruleAt}.evidence: at least one evidence role is required");
            return roles;
        }

        for (var i = 0; i < documents.Count; i++)
        {
            var at = $"{ruleAt}.evidence[{i}]";
            if (documents[i] is not { } role)
            {
                errors.Add($"{at}: null");
                continue;
            }

            if (string.IsNullOrWhiteSpace(role.Role))
            {
                errors.Add($"{at}.role: required (a name for what this evidence is, e.g. \"speed-collapse\")");
            }

            var signals = (role.Signals ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (signals.Count == 0)
            {
                errors.Add($"{at}.signals: name at least one signal (e.g. \"speedKph\", \"event:StoppedVehicle\")");
            }

            var patterns = ParseAll<AnomalyPattern>(role.Patterns, $"{at}.patterns", errors);
            var assetKinds = ParseAll<AssetKind>(role.AssetKinds, $"{at}.assetKinds", errors);
            var minScore = role.MinScore ?? 0;
            if (minScore is < 0 or > 1 || double.IsNaN(minScore))
            {
                errors.Add($"{at}.minScore: must be 0..1, was {minScore}");
            }

            var minAssets = role.MinAssets ?? 1;
            if (minAssets is < 1 or > 50)
            {
                errors.Add($"{at}.minAssets: must be 1..50, was {minAssets}");
            }

            roles.Add(new EvidenceRole(role.Role?.Trim() ?? "", signals, patterns, assetKinds, minScore, minAssets));
        }

        return roles;
    }

    private static HashSet<T> ParseAll<T>(List<string?>? names, string at, List<string> errors)
        where T : struct, Enum
    {
        var values = new HashSet<T>();
        foreach (var name in names ?? [])
        {
            if (Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(name, out _))
            {
                values.Add(value);
            }
            else
            {
                errors.Add($"{at}: \"{name}\" is not one of {string.Join(", ", Enum.GetNames<T>())}");
            }
        }

        return values;
    }

    private static TimeSpan Duration(string? text, string at, List<string> errors)
    {
        if (!Durations.TryParse(text, out var duration))
        {
            errors.Add($"{at}: \"{text}\" is not a duration; write a whole number and s, m, h or d (\"5m\", \"2h\")");
            return TimeSpan.Zero;
        }

        if (duration < MinWindow || duration > MaxWindow)
        {
            errors.Add($"{at}: must be between 1s and 7d, was {text}");
        }

        return duration;
    }

    private static bool IsSlug(string? text) => text is not null && Slug().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
