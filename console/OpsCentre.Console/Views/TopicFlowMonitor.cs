using Confluent.Kafka;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsCentre.Console.Live;
using OpsCentre.Console.Node;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Kafka;

namespace OpsCentre.Console.Views;

/// <summary>
/// Reads every topic's end offsets each <see cref="SystemViewOptions.SampleEvery"/> and turns them into messages per
/// second for the system view (GET /api/views/topics, and pushed live as "topics"). End offsets are cluster-wide, so
/// every node shows the same flow whichever partitions it owns; the dead-letter topic's total is the dead-letter count.
/// </summary>
public sealed class TopicFlowMonitor(
    KafkaConnection kafka,
    NodeOptions node,
    SystemViewOptions options,
    IHubContext<LiveHub> hub,
    TimeProvider time,
    ILogger<TopicFlowMonitor> logger) : BackgroundService
{
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(5);
    private volatile TopicFlowSnapshot _latest = TopicFlowSnapshot.Empty;

    public TopicFlowSnapshot Latest => _latest;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = kafka.BootstrapServers, ClientId = $"{node.NodeId}-topic-flow" }).Build();
        using var offsets = new ConsumerBuilder<Ignore, Ignore>(kafka.ConsumerConfig($"opscentre-console-topic-flow-{node.NodeId}", $"{node.NodeId}-topic-flow")).Build();
        using var timer = new PeriodicTimer(options.SampleEvery, time);
        IReadOnlyList<TopicOffsets>? previous = null;
        var previousAt = time.GetTimestamp();
        do
        {
            try
            {
                var reading = await Task.Run(() => Read(admin, offsets), stoppingToken).ConfigureAwait(false);
                var now = time.GetTimestamp();
                _latest = new TopicFlowSnapshot(time.GetUtcNow(), TopicFlowRates.Between(previous, reading, time.GetElapsedTime(previousAt, now)));
                (previous, previousAt) = (reading, now);
            }
            catch (KafkaException e)
            {
                logger.LogWarning("System view could not read topic offsets: {Reason}", e.Error.Reason);
                _latest = _latest with { At = time.GetUtcNow(), Error = $"Kafka: {e.Error.Reason}" };
            }

            await hub.Clients.All.SendAsync("topics", _latest, stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private static List<TopicOffsets> Read(IAdminClient admin, IConsumer<Ignore, Ignore> offsets)
    {
        var metadata = admin.GetMetadata(QueryTimeout);
        var readings = new List<TopicOffsets>();
        foreach (var topic in CityTopics.All)
        {
            var partitions = metadata.Topics.FirstOrDefault(t => t.Topic == topic)?.Partitions ?? [];
            var total = partitions.Sum(p => offsets.QueryWatermarkOffsets(new TopicPartition(topic, p.PartitionId), QueryTimeout).High.Value);
            readings.Add(new TopicOffsets(topic, partitions.Count, total));
        }

        return readings;
    }
}
