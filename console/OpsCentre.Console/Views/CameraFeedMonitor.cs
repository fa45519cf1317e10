using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsCentre.Console.Node;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Consuming;

namespace OpsCentre.Console.Views;

/// <summary>
/// Follows city.cctv.v1 from its end into the <see cref="CameraActivityBoard"/>. Like the live incident relay it reads
/// Kafka with a group of its own that never commits, so every console node shows every camera whichever node owns
/// its partition. Messages the pipeline would dead-letter are skipped here; dead-lettering is the pipeline's job.
/// </summary>
public sealed class CameraFeedMonitor(
    KafkaConnection kafka,
    NodeOptions node,
    CameraActivityBoard board,
    ILogger<CameraFeedMonitor> logger) : BackgroundService
{
    private TopicTail? _tail;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _tail = TopicTail.Open(kafka, CityTopics.Cctv, $"{node.NodeId}-cctv-panel", logger);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _tail?.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Factory.StartNew(
        () => _tail!.Follow(Record, stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Record(byte[] value)
    {
        try
        {
            if (JsonSerializer.Deserialize(value, ContractJson.Default.CityEvent) is CameraEvent report)
            {
                board.Record(report);
            }
        }
        catch (JsonException)
        {
            // Malformed input is the pipeline's to dead-letter with a reason; the panel just does not show it.
        }
    }
}
