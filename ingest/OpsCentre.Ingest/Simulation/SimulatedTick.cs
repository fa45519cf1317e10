using OpsCentre.Contracts.Readings;

namespace OpsCentre.Ingest.Simulation;

/// <summary>Everything the city reported at one simulated instant, and the incidents that began then.</summary>
public sealed record SimulatedTick(DateTimeOffset At, IReadOnlyList<CityEvent> Events, IReadOnlyList<InjectedIncident> IncidentsStarted);
