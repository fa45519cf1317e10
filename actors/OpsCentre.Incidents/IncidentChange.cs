using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Incidents;

/// <summary>The next state of an incident and the audit entries that explain it. The writer sets the version.</summary>
public sealed record IncidentChange(Incident Next, IReadOnlyList<AuditEntry> Audit);
