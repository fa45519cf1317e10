using System.Text.Json;
using Confluent.Kafka;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Console.Node;
using OpsCentre.Kafka;

namespace OpsCentre.Console.Live;

/// <summary>
/// Follows ops.incidents.v1 from its end and pushes each incident version to connected consoles. It reads Kafka
/// rather than listening inside the process so every console node shows every incident, whichever node raised it.
/// Its group is unique per node and never commits: a console only wants what happens from now on (the page loads
/// history from /api/incidents).
/// </summary>
public sealed class LiveIncidentRelay(
    KafkaConnection kafka,
    NodeOptions node,
    IHubContext<LiveHub> hub,
    ILogger<LiveIncidentRelay> logger) : BackgroundService
{
    public long Relayed { get; private set; }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Factory.StartNew(
        () => Relay(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Relay(CancellationToken stoppingToken)
    {
        var config = kafka.ConsumerConfig($"opscentre-console-{node.NodeId}-{Guid.NewGuid():N}", $"{node.NodeId}-console");
        config.AutoOffsetReset = AutoOffsetReset.Latest;
        config.EnableAutoCommit = false;
        using var consumer = new ConsumerBuilder<string, byte[]>(config).Build();
        consumer.Subscribe(CityTopics.Incidents);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var record = consumer.Consume(TimeSpan.FromMilliseconds(200));
                if (record?.Message?.Value is not { } value)
                {
                    continue;
                }

                var incident = JsonSerializer.Deserialize(value, ContractJson.Default.Incident);
                if (incident is not null)
                {
                    hub.Clients.All.SendAsync("incident", incident, stoppingToken).GetAwaiter().GetResult();
                    Relayed++;
                }
            }
            catch (ConsumeException e) when (!e.Error.IsFatal)
            {
                logger.LogWarning("Live relay consume error: {Reason}", e.Error.Reason);
            }
            catch (JsonException e)
            {
                logger.LogWarning("Live relay skipped an unreadable incident message: {Message}", e.Message);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        consumer.Close();
    }
}
