namespace OpsCentre.Congestion.Fiware;

/// <summary>How link states are published as FIWARE TrafficFlowObserved entities.</summary>
public sealed record TrafficFlowObservedOptions
{
    /// <summary>Length of the interval a reading summarises; the reading's timestamp is taken as its end. Default 5 minutes. Range (0, 1 day].</summary>
    public TimeSpan ObservationPeriod { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>JSON-LD context of the Transportation data models, as in the published examples.</summary>
    public string ContextUrl { get; init; } =
        "https://raw.githubusercontent.com/smart-data-models/dataModel.Transportation/master/context.jsonld";

    /// <summary>The dataProvider property. Default "OpsCentre".</summary>
    public string DataProvider { get; init; } = "OpsCentre";

    public void Validate()
    {
        if (ObservationPeriod <= TimeSpan.Zero || ObservationPeriod > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(ObservationPeriod), ObservationPeriod, "Observation period must be within (0, 1 day].");
        }

        if (!Uri.TryCreate(ContextUrl, UriKind.Absolute, out _))
        {
            throw new ArgumentException($"Context URL '{ContextUrl}' is not an absolute URI.", nameof(ContextUrl));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(DataProvider);
    }
}
