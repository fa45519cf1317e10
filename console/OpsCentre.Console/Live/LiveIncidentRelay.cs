using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Console.Node;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Consuming;

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
    ILogger<LiveIncidentRelay> logger) : BackgroundService
{
    private TopicTail? _tail;

    public long Relayed { get; private set; }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _tail = TopicTail.Open(kafka, CityTopics.Incidents, $"{node.NodeId}-console", logger);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _tail?.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Factory.StartNew(
        () => _tail!.Follow(Relay, stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Relay(byte[] value)
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
