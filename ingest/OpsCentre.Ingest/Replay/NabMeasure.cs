namespace OpsCentre.Ingest.Replay;

/// <summary>What a NAB realTraffic file measures, from its name.</summary>
internal enum NabMeasure
{
    Speed,
    Occupancy,
    TravelTime,
}
