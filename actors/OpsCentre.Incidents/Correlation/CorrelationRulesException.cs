namespace OpsCentre.Incidents.Correlation;

/// <summary>The rules file is unusable; <see cref="Errors"/> lists every problem found, each with where it is.</summary>
public sealed class CorrelationRulesException(string source, IReadOnlyList<string> errors)
    : Exception($"incident rules {source} has {errors.Count} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
