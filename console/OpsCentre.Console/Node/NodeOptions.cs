using OpsCentre.Kafka;

namespace OpsCentre.Console.Node;

/// <summary>Everything a node needs to start; each value has a default that runs the whole system on one machine.</summary>
public sealed record NodeOptions
{
    /// <summary>Names this node in logs, metrics and Kafka client ids. Default: host name + process id.</summary>
    public string NodeId { get; init; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>Where the console listens. Default http://127.0.0.1:5080; port 0 picks a free port.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>SQLite path or postgres:// URL (see StoreLocation). Default var/opscentre.db.</summary>
    public string? Store { get; init; }

    public KafkaOptions Kafka { get; init; } = new();

    /// <summary>The third-party data folder (../shared/data beside the repository by default).</summary>
    public string? DataRoot { get; init; }

    public CityOptions City { get; init; } = new();

    /// <summary>Correlation rules, SLA timers, alerting and delivery settings.</summary>
    public Api.IncidentServiceOptions Incidents { get; init; } = new();

    /// <summary>Run the processing stages (consumers). False = console only, e.g. a read-only display node.</summary>
    public bool RunPipeline { get; init; } = true;
}
