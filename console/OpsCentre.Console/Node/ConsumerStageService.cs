using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsCentre.Kafka.Consuming;

namespace OpsCentre.Console.Node;

/// <summary>
/// Runs one <see cref="PartitionedConsumer"/> on its own thread (Consume blocks) for the life of the host. A fatal
/// error stops the node with a non-zero exit code, so a supervisor (systemd, Kubernetes) restarts it and the group
/// hands its partitions to the other nodes meanwhile.
/// </summary>
public sealed class ConsumerStageService(
    string stageName,
    Func<PartitionedConsumer> createConsumer,
    IHostApplicationLifetime lifetime,
    ILogger<ConsumerStageService> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Thread? _thread;
    private PartitionedConsumer? _consumer;

    public string StageName => stageName;

    public ConsumerStatus? Status => _consumer?.Status;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _consumer = createConsumer();
        _thread = new Thread(Run) { IsBackground = true, Name = $"stage-{stageName}" };
        _thread.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.Run(() => _thread?.Join(), cancellationToken);
    }

    public void Dispose()
    {
        _consumer?.Dispose();
        _stopping.Dispose();
    }

    private void Run()
    {
        try
        {
            logger.LogInformation("Stage {Stage} started", stageName);
            _consumer!.Run(_stopping.Token);
            logger.LogInformation("Stage {Stage} stopped after {Records} records", stageName, _consumer.RecordsConsumed);
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "Stage {Stage} failed; stopping the node so it restarts and its partitions move", stageName);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }
}
