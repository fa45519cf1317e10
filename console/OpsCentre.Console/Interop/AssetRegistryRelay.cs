using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpsCentre.Console.Live;
using OpsCentre.Console.Node;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Kafka;

namespace OpsCentre.Console.Interop;

/// <summary>
/// Follows ops.assets.registry.v1 from its start into this node's catalogue, so an asset registered at run time on
/// any node (or before this node started) decodes here too. Registered before the pipeline stages, so the
/// registry's history is read first.
/// </summary>
public sealed class AssetRegistryRelay(KafkaConnection kafka, CityCatalogue catalogue, NodeOptions node, ILogger<AssetRegistryRelay> logger)
    : TopicFollower(kafka, CityTopics.AssetRegistry, $"{node.NodeId}-registry", logger, fromStart: true)
{
    public long Registered { get; private set; }

    protected override void Handle(byte[] value)
    {
        try
        {
            var asset = JsonSerializer.Deserialize(value, ContractJson.Default.AssetDescriptor);
            if (asset is not null && !catalogue.TryGet(asset.AssetId, out _) && catalogue.TryRegister(asset))
            {
                Registered++;
                logger.LogInformation("Asset {Asset} ({Kind}) registered from the registry topic", asset.AssetId, asset.Kind);
            }
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            logger.LogWarning("Skipped an unreadable registration on {Topic}: {Reason}", CityTopics.AssetRegistry, e.Message);
        }
    }
}
