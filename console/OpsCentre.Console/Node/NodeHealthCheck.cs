using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Console.Node;

/// <summary>
/// Healthy when the store answers and every stage is running; degraded while stages are still joining their
/// groups; unhealthy when the store is unreachable or a stage has stopped.
/// </summary>
public sealed class NodeHealthCheck(Database database, IEnumerable<ConsumerStageService> stages) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        try
        {
            await database.ReadAsync(async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT 1";
                return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            data["store"] = database.Location.Display;
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy($"store {database.Location.Display} unreachable: {e.Message}", e, data);
        }

        var notRunning = new List<string>();
        foreach (var stage in stages)
        {
            var running = stage.Status?.Running ?? false;
            data[$"stage.{stage.StageName}"] = running ? "running" : "not running";
            if (!running)
            {
                notRunning.Add(stage.StageName);
            }
        }

        return notRunning.Count == 0
            ? HealthCheckResult.Healthy("store reachable, all stages running", data)
            : HealthCheckResult.Degraded($"stages not running: {string.Join(", ", notRunning)}", data: data);
    }
}
