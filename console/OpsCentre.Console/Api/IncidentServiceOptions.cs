using OpsCentre.Alerts.Acknowledgement;
using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Delivery;
using OpsCentre.Alerts.Feeds;
using OpsCentre.Incidents.Sla;

namespace OpsCentre.Console.Api;

/// <summary>Everything the incident and alerting services are configured with; each part documents its own defaults.</summary>
public sealed record IncidentServiceOptions
{
    /// <summary>The correlation rules file; null (default) = the rules built into OpsCentre.Incidents.</summary>
    public string? RulesFile { get; init; }

    public SlaOptions Sla { get; init; } = new();

    public AlertingOptions Alerting { get; init; } = new();

    public AlertDeliveryOptions Delivery { get; init; } = new();

    public AcknowledgementOptions Acknowledgement { get; init; } = new();

    public CapFeedOptions CapFeed { get; init; } = new();

    /// <summary>Run the alert router stage on ops.incidents.v1 on this node. Default true.</summary>
    public bool RunAlertRouter { get; init; } = true;

    /// <summary>Run the SLA monitor, the acknowledgement monitor and the outbox delivery on this node. Default true;
    /// every node may run them (leases and conditional updates keep them from acting twice).</summary>
    public bool RunTimers { get; init; } = true;

    public void Validate()
    {
        Sla.Validate();
        Alerting.Validate();
        Delivery.Validate();
        Acknowledgement.Validate();
        CapFeed.Validate();
    }
}
