using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents.Correlation;

/// <summary>An incident kind: its display title and its standard operating procedure (checklist steps, in order).</summary>
public sealed record IncidentKindDefinition(string Kind, string Title, IReadOnlyList<string> Procedure)
{
    /// <summary>The procedure as a fresh checklist for a new incident; step ids are "step-1", "step-2"...</summary>
    public IReadOnlyList<ChecklistStep> NewChecklist() => [.. Procedure.Select((text, i) => new ChecklistStep($"step-{i + 1}", text))];
}
