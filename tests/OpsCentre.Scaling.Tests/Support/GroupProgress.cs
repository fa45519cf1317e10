using Confluent.Kafka;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Kafka;

namespace OpsCentre.Scaling.Tests.Support;

/// <summary>How far the city stage's consumer group has committed, read without joining the group.</summary>
internal sealed class GroupProgress : IDisposable
{
    private readonly KafkaConnection _kafka;
    private readonly IConsumer<string, byte[]> _probe;
    private readonly List<TopicPartition> _partitions =
        [.. CityTopics.CityInputs.SelectMany(topic => Enumerable.Range(0, ScalingCluster.Partitions).Select(p => new TopicPartition(topic, p)))];

    public GroupProgress(string bootstrapServers, string group = "opscentre")
    {
        _kafka = KafkaConnection.Open(new KafkaOptions { BootstrapServers = bootstrapServers });
        var config = _kafka.ConsumerConfig(group, "progress-probe");
        config.EnableAutoCommit = false;
        _probe = new ConsumerBuilder<string, byte[]>(config).Build();
    }

    /// <summary>Records of the city topics the group has committed.</summary>
    public long Committed() => _probe.Committed(_partitions, TimeSpan.FromSeconds(10)).Where(c => !c.Offset.IsSpecial).Sum(c => c.Offset.Value);

    public void Dispose()
    {
        _probe.Dispose();
        _kafka.Dispose();
    }
}
