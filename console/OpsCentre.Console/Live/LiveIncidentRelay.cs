using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Console.Node;
using OpsCentre.Kafka;

namespace OpsCentre.Console.Live;

/// <summary>
/// Follows ops.incidents.v1 and pushes each incident version to connected consoles. It reads Kafka rather than
/// listening inside the process so every console node shows every incident, whichever node raised it. The tail is
/// opened in StartAsync, before the processing stages start, so no incident raised after start is missed; history
/// comes from /api/incidents.
/// </summary>
public sealed class LiveIncidentRelay(
    KafkaConnection kafka,
    NodeOptions node,
    IHubContext<LiveHub> hub,
    ILogger<LiveIncidentRelay> logger) : TopicFollower(kafka, CityTopics.Incidents, $"{node.NodeId}-console", logger)
{
    public long Relayed { get; private set; }

    protected override void Handle(byte[] value)
    {
        try
        {
            if (JsonSerializer.Deserialize(value, ContractJson.Default.Incident) is { } incident)
            {
                hub.Clients.All.SendAsync("incident", incident).GetAwaiter().GetResult();
                Relayed++;
            }
        }
        catch (JsonException e)
        {
            logger.LogWarning("Live relay skipped an unreadable incident message: {Message}", e.Message);
        }
    }
}
