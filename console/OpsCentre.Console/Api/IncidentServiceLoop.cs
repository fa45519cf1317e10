using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpsCentre.Console.Api;

/// <summary>Hosts one of the incident side's timed loops (SLA monitor, acknowledgement monitor, outbox delivery) for the life of the node.</summary>
public sealed class IncidentServiceLoop(string name, Func<CancellationToken, Task> run, ILogger<IncidentServiceLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("{Loop} started", name);
        try
        {
            await run(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
