namespace OpsCentre.Incidents.Correlation;

/// <summary>A validated rules file: kinds with their procedures, and rules in the order they are tried (most urgent
/// first, then file order).</summary>
public sealed class CorrelationRuleSet
{
    private readonly Dictionary<string, IncidentKindDefinition> _kinds;

    public CorrelationRuleSet(string rulesVersion, IReadOnlyList<IncidentKindDefinition> kinds, IReadOnlyList<CorrelationRule> rules)
    {
        RulesVersion = rulesVersion;
        Kinds = kinds;
        _kinds = kinds.ToDictionary(k => k.Kind, StringComparer.Ordinal);
        Rules = [.. rules.Select((rule, order) => (rule, order)).OrderBy(x => x.rule.Priority).ThenBy(x => x.order).Select(x => x.rule)];
        LongestWindow = rules.Count == 0 ? TimeSpan.Zero : rules.Max(r => r.Window);
        LongestJoinWindow = rules.Count == 0 ? TimeSpan.Zero : rules.Max(r => r.JoinWindow);
    }

    public string RulesVersion { get; }

    public IReadOnlyList<IncidentKindDefinition> Kinds { get; }

    public IReadOnlyList<CorrelationRule> Rules { get; }

    /// <summary>How far back any rule looks to raise an incident; anomalies older than this (in event time) cannot
    /// help raise one.</summary>
    public TimeSpan LongestWindow { get; }

    /// <summary>How long any incident waits for more evidence; an incident quiet for longer can no longer be joined.</summary>
    public TimeSpan LongestJoinWindow { get; }

    public IncidentKindDefinition? Kind(string kind) => _kinds.GetValueOrDefault(kind);

    public IEnumerable<CorrelationRule> RulesFor(string kind) => Rules.Where(r => r.Kind == kind);
}
