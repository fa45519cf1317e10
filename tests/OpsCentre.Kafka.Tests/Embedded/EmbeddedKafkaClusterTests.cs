using Confluent.Kafka;
using OpsCentre.Kafka.Embedded;

namespace OpsCentre.Kafka.Tests.Embedded;

public sealed class EmbeddedKafkaClusterTests
{
    [Fact]
    public void Its_brokers_speak_the_kafka_protocol_to_a_real_client()
    {
        using var cluster = EmbeddedKafkaCluster.Start(3);
        cluster.CreateTopic("round-trip", partitions: 2, replicationFactor: 3);
        using (var producer = new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build())
        {
            producer.Produce("round-trip", new Message<string, string> { Key = "a", Value = "hello" });
            producer.Flush(TimeSpan.FromSeconds(10));
        }

        using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            GroupId = "round-trip",
            AutoOffsetReset = AutoOffsetReset.Earliest,
        }).Build();
        consumer.Subscribe("round-trip");
        var record = consumer.Consume(TimeSpan.FromSeconds(20));

        Assert.NotNull(record);
        Assert.Equal("hello", record.Message.Value);
        Assert.Equal(3, cluster.BootstrapServers.Split(',').Length);
    }

    [Fact]
    public void Creating_an_existing_topic_again_is_reported_not_thrown()
    {
        using var cluster = EmbeddedKafkaCluster.Start(1);

        Assert.True(cluster.CreateTopic("twice", 3, 1));
        Assert.False(cluster.CreateTopic("twice", 3, 1));
    }

    [Fact]
    public void Topics_get_the_partition_count_asked_for()
    {
        using var cluster = EmbeddedKafkaCluster.Start(3);
        cluster.CreateTopic("wide", partitions: 12, replicationFactor: 3);
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = cluster.BootstrapServers }).Build();

        var metadata = admin.GetMetadata("wide", TimeSpan.FromSeconds(10));

        Assert.Equal(12, metadata.Topics.Single().Partitions.Count);
    }

    [Fact]
    public async Task A_producer_keeps_delivering_while_one_broker_is_down()
    {
        using var cluster = EmbeddedKafkaCluster.Start(3);
        cluster.CreateTopic("failover", partitions: 1, replicationFactor: 3);
        cluster.SetPartitionLeader("failover", 0, 2);
        using var producer = new ProducerBuilder<Null, string>(new ProducerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            MessageTimeoutMs = 20_000,
        }).Build();
        await producer.ProduceAsync("failover", new Message<Null, string> { Value = "before" });

        cluster.SetBrokerDown(1);
        var delivered = await producer.ProduceAsync("failover", new Message<Null, string> { Value = "during" });

        Assert.Equal(PersistenceStatus.Persisted, delivered.Status);
    }

    [Fact]
    public void Broker_ids_outside_the_cluster_are_refused_with_a_reason()
    {
        using var cluster = EmbeddedKafkaCluster.Start(1);

        var error = Assert.Throws<InvalidOperationException>(() => cluster.SetBrokerDown(7));
        Assert.Contains("broker 7", error.Message);
    }
}
