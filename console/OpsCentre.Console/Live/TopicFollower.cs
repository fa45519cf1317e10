using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Consuming;

namespace OpsCentre.Console.Live;

/// <summary>
/// A hosted service that follows one topic on every node without joining a consumer group (<see cref="TopicTail"/>)
/// and hands each message to <see cref="Handle"/>. The tail is opened in StartAsync, before the processing stages
/// start, so nothing published after the node starts is missed; the reading runs on a thread of its own because the
/// Kafka client blocks.
/// </summary>
/// <param name="fromStart">Read what the topic already holds first (a compacted registry) rather than only what comes next.</param>
public abstract class TopicFollower(KafkaConnection kafka, string topic, string clientId, ILogger logger, bool fromStart = false) : BackgroundService
{
    private TopicTail? _tail;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _tail = TopicTail.Open(kafka, topic, clientId, logger, fromStart);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _tail?.Dispose();
        base.Dispose();
    }

    /// <summary>Handles one message's value; never throws for one bad message.</summary>
    protected abstract void Handle(byte[] value);

    protected sealed override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Factory.StartNew(
        () => _tail!.Follow(Handle, stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
