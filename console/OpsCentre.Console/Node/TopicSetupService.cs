using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsCentre.Kafka;

namespace OpsCentre.Console.Node;

/// <summary>Creates the topics before any stage starts (hosted services start in registration order).</summary>
public sealed class TopicSetupService(KafkaConnection kafka, ILogger<TopicSetupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await kafka.EnsureTopicsAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation(
            "Kafka {Kind} cluster at {BootstrapServers}; topics ready ({Partitions} partitions each)",
            kafka.Embedded is null ? "external" : $"embedded {kafka.Embedded.BrokerCount}-broker",
            kafka.BootstrapServers,
            kafka.Options.Partitions);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
