using System.Text.Json;
using Confluent.Kafka;
using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.State;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents;
using OpsCentre.Ingest.Simulation;
using OpsCentre.Kafka;

namespace OpsCentre.Scaling.Tests.Support;

/// <summary>What a run of the feed left behind: every asset's state, the anomalies raised and the incidents opened.</summary>
internal sealed record RunOutcome(
    IReadOnlyDictionary<string, AssetOutcome> Assets,
    IReadOnlySet<string> AnomalyIds,
    IReadOnlyList<Incident> Incidents)
{
    /// <summary>
    /// Waits until <paramref name="node"/> has applied every reading of the feed and raised an incident for every
    /// injected one (or the time is up), then collects the outcome from the node, its store and the anomaly topic.
    /// </summary>
    public static async Task<RunOutcome> CollectAsync(ClusterNode node, CityFeed feed, string bootstrapServers, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        IReadOnlyDictionary<string, AssetOutcome> assets;
        while (true)
        {
            assets = (await node.Assets.ListAsync(CancellationToken.None)).ToDictionary(l => l.AssetId, AssetOutcome.Of, StringComparer.Ordinal);
            if (AppliedEverything(assets, feed) || DateTime.UtcNow > deadline)
            {
                break;
            }

            Assert.True(node.CityStageRunning, $"{node.Name}'s city stage stopped before it applied the feed (its log says why)");

            await Task.Delay(250);
        }

        IReadOnlyList<Incident> incidents;
        while (true)
        {
            incidents = await node.Incidents.QueryAsync(new IncidentQuery(Limit: IncidentQuery.MaxLimit), CancellationToken.None);
            if (feed.Incidents.All(injected => incidents.Any(i => Reveals(i, injected))) || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(250);
        }

        // The stages run on: give a straggling duplicate the chance to show before the outcome is taken.
        await Task.Delay(TimeSpan.FromSeconds(2));
        incidents = await node.Incidents.QueryAsync(new IncidentQuery(Limit: IncidentQuery.MaxLimit), CancellationToken.None);
        return new RunOutcome(assets, AnomalyIdsOn(bootstrapServers), incidents);
    }

    /// <summary>Whether an incident shows the injected one: it names one of its assets, with evidence from its time.</summary>
    public static bool Reveals(Incident incident, InjectedIncident injected) =>
        incident.AssetIds.Intersect(injected.AssetIds).Any()
        && incident.Evidence.Any(e => e.ObservedAt >= injected.Start - TimeSpan.FromMinutes(10) && e.ObservedAt <= injected.End + TimeSpan.FromMinutes(30));

    private static bool AppliedEverything(IReadOnlyDictionary<string, AssetOutcome> assets, CityFeed feed) =>
        feed.ReadingsPerAsset.All(expected => assets.TryGetValue(expected.Key, out var asset) && asset.Observations >= expected.Value);

    private static HashSet<string> AnomalyIdsOn(string bootstrapServers)
    {
        using var kafka = KafkaConnection.Open(new KafkaOptions { BootstrapServers = bootstrapServers });
        var config = kafka.ConsumerConfig($"outcome-{Guid.NewGuid():N}", "outcome");
        config.EnableAutoCommit = false;
        using var consumer = new ConsumerBuilder<string, byte[]>(config).Build();
        consumer.Assign(Enumerable.Range(0, ScalingCluster.Partitions).Select(p => new TopicPartitionOffset(CityTopics.Anomalies, p, Offset.Beginning)));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (consumer.Consume(TimeSpan.FromSeconds(2)) is { } message)
        {
            ids.Add(JsonSerializer.Deserialize(message.Message.Value, ContractJson.Default.Anomaly)!.AnomalyId);
        }

        return ids;
    }
}

/// <summary>The part of an asset's state two runs of the same feed must agree on.</summary>
internal sealed record AssetOutcome(long Observations, DateTimeOffset? LastSeen, AssetStatus? Status)
{
    public static AssetOutcome Of(AssetListing listing) => new(listing.Observations, listing.LastSeen, listing.Status);
}
