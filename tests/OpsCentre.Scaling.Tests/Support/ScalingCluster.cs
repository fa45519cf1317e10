using OpsCentre.Contracts.Kafka;
using OpsCentre.Kafka.Embedded;

namespace OpsCentre.Scaling.Tests.Support;

/// <summary>
/// A 3-broker embedded cluster the test owns, so it outlives any node that crashes; topics are created up front
/// with the nodes' partition count.
/// </summary>
internal sealed class ScalingCluster : IDisposable
{
    public const int Partitions = 6;

    private readonly EmbeddedKafkaCluster _cluster = EmbeddedKafkaCluster.Start(3);

    public ScalingCluster()
    {
        foreach (var topic in CityTopics.All)
        {
            _cluster.CreateTopic(topic, Partitions, replicationFactor: 3);
        }
    }

    public string BootstrapServers => _cluster.BootstrapServers;

    public void Dispose() => _cluster.Dispose();
}
