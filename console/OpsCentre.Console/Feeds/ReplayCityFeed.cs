using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsCentre.Console.Node;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Replay;

namespace OpsCentre.Console.Feeds;

/// <summary>
/// Replays real data files onto the city topics, merged in time order, <see cref="CityOptions.ReplaySpeed"/> times
/// faster than they were recorded. Assets the files report from (Aarhus road segments, Barcelona stations) are
/// registered in the catalogue first. Readings keep their original times, so the node accepts historic readings.
/// </summary>
public sealed class ReplayCityFeed(
    CityCatalogue catalogue,
    CityFeedPublisher publisher,
    NodeOptions node,
    TimeProvider time,
    ILogger<ReplayCityFeed> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(async () =>
    {
        var dataRoot = node.DataRoot ?? throw new InvalidOperationException("replay needs the data folder (--data)");
        var sources = node.City.ReplaySources.Select(name => ReplaySources.Create(name, dataRoot, catalogue)).ToList();
        foreach (var asset in ReplayMerge.AssetsOf(sources))
        {
            catalogue.TryRegister(asset);
        }

        logger.LogInformation("Replaying {Sources} at {Speed}x real time", string.Join(", ", sources.Select(s => s.Name)), node.City.ReplaySpeed);
        DateTimeOffset? firstAt = null;
        var wallStart = time.GetUtcNow();
        var count = 0L;
        foreach (var cityEvent in ReplayMerge.Merge(sources))
        {
            firstAt ??= cityEvent.ObservedAt;
            var due = wallStart + (cityEvent.ObservedAt - firstAt.Value) / node.City.ReplaySpeed;
            var wait = due - time.GetUtcNow();
            if (wait > TimeSpan.FromMilliseconds(5))
            {
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }

            publisher.Publish(cityEvent);
            if (++count % 100_000 == 0)
            {
                logger.LogInformation("Replay: {Count:N0} readings published, now at {At:u}", count, cityEvent.ObservedAt);
            }
        }

        logger.LogInformation("Replay finished: {Count:N0} readings", count);
    }, stoppingToken);
}
