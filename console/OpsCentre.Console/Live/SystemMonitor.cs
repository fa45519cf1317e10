using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Console.Node;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Publishing;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Console.Live;

/// <summary>
/// Samples the node's stages once a second, turns counters into rates, keeps the latest snapshot for
/// GET /api/system and pushes it to consoles.
/// </summary>
public sealed class SystemMonitor(
    NodeOptions node,
    KafkaConnection kafka,
    Database database,
    IEnumerable<ConsumerStageService> stages,
    KafkaPublisher publisher,
    DeadLetterPublisher deadLetters,
    IHubContext<LiveHub> hub,
    TimeProvider time) : BackgroundService
{
    private readonly Dictionary<string, (long Records, long At)> _previous = [];
    private volatile SystemSnapshot? _latest;

    public SystemSnapshot Latest => _latest ?? Sample();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            _latest = Sample();
            await hub.Clients.All.SendAsync("system", _latest, stoppingToken).ConfigureAwait(false);
        }
    }

    private SystemSnapshot Sample()
    {
        var now = time.GetTimestamp();
        var stageSnapshots = new List<StageSnapshot>();
        lock (_previous)
        {
            foreach (var stage in stages)
            {
                if (stage.Status is not { } status)
                {
                    continue;
                }

                var rate = 0.0;
                if (_previous.TryGetValue(stage.StageName, out var before))
                {
                    var seconds = time.GetElapsedTime(before.At, now).TotalSeconds;
                    rate = seconds > 0 ? (status.RecordsConsumed - before.Records) / seconds : 0;
                }

                _previous[stage.StageName] = (status.RecordsConsumed, now);
                stageSnapshots.Add(new StageSnapshot(stage.StageName, status.GroupId, status.Running, status.RecordsConsumed, Math.Round(rate, 1), status.Partitions));
            }
        }

        var city = stageSnapshots.FirstOrDefault(s => s.Name == PipelineStages.City);
        return new SystemSnapshot(
            node.NodeId,
            time.GetUtcNow(),
            kafka.BootstrapServers,
            kafka.Embedded is not null,
            database.Location.Display,
            CityTopics.All,
            stageSnapshots,
            city?.RecordsPerSecond ?? 0,
            city?.RecordsConsumed ?? 0,
            deadLetters.Count,
            publisher.Produced);
    }
}
