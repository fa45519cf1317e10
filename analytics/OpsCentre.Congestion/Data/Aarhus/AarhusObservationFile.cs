using OpsCentre.Congestion.Observations;

namespace OpsCentre.Congestion.Data.Aarhus;

/// <summary>The readings of one trafficData{REPORT_ID}.csv file.</summary>
public sealed record AarhusObservationFile(string ReportId, IReadOnlyList<LinkObservation> Observations, AarhusLoadCounts Counts);
