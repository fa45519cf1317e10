using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents;

/// <summary>The incident as stored after a write attempt, and whether this attempt changed it.</summary>
public sealed record IncidentWriteResult(Incident? Stored, bool Changed);
