using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpsCentre.Console.Live;
using OpsCentre.Console.Node;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;
using OpsCentre.Kafka;

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
    ILogger<CameraFeedMonitor> logger) : TopicFollower(kafka, CityTopics.Cctv, $"{node.NodeId}-cctv-panel", logger)
{
    protected override void Handle(byte[] value)
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
