using System.Runtime.InteropServices;
using Confluent.Kafka;

namespace OpsCentre.Kafka.Embedded;

/// <summary>
/// librdkafka's in-process mock cluster: N brokers on 127.0.0.1 speaking the Kafka protocol to any client
/// (Confluent.Kafka, kcat). It is the system's embedded default; tests also use it to take brokers down, move
/// leaders, add latency and inject errors. The brokers keep bounded memory: a consumer more than ~20k messages
/// per partition behind loses data, which is fine for a demo and for tests, not for production.
/// </summary>
public sealed class EmbeddedKafkaCluster : IDisposable
{
    private readonly nint _handle;
    private readonly nint _cluster;
    private readonly Lock _gate = new();
    private bool _disposed;

    private EmbeddedKafkaCluster(nint handle, nint cluster, int brokerCount)
    {
        _handle = handle;
        _cluster = cluster;
        BrokerCount = brokerCount;
        BootstrapServers = Marshal.PtrToStringUTF8(LibRdKafkaNative.rd_kafka_mock_cluster_bootstraps(cluster))
            ?? throw new InvalidOperationException("mock cluster reported no bootstrap servers");
    }

    public string BootstrapServers { get; }

    public int BrokerCount { get; }

    /// <summary>Starts <paramref name="brokerCount"/> brokers (1..16) inside this process.</summary>
    public static EmbeddedKafkaCluster Start(int brokerCount = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(brokerCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(brokerCount, 16);

        var conf = LibRdKafkaNative.rd_kafka_conf_new();
        // The owning handle never connects anywhere; without this it logs a warning about missing bootstrap servers.
        LibRdKafkaNative.rd_kafka_conf_set(conf, "log_level", "3", 0, 0);
        var errorBuffer = Marshal.AllocHGlobal(512);
        try
        {
            var handle = LibRdKafkaNative.rd_kafka_new(LibRdKafkaNative.ProducerType, conf, errorBuffer, 512);
            if (handle == 0)
            {
                throw new InvalidOperationException($"librdkafka could not create a handle: {Marshal.PtrToStringUTF8(errorBuffer)}");
            }

            var cluster = LibRdKafkaNative.rd_kafka_mock_cluster_new(handle, brokerCount);
            if (cluster == 0)
            {
                LibRdKafkaNative.rd_kafka_destroy(handle);
                throw new InvalidOperationException("librdkafka could not start its mock cluster");
            }

            return new EmbeddedKafkaCluster(handle, cluster, brokerCount);
        }
        catch (DllNotFoundException e)
        {
            throw new InvalidOperationException(
                "librdkafka (librdkafka.so.1) is not installed: run `apt-get install librdkafka-dev` or use ./opscentre, which installs it.", e);
        }
        finally
        {
            Marshal.FreeHGlobal(errorBuffer);
        }
    }

    /// <summary>Creates a topic; returns false if it already existed (its partition count is then left as it was).</summary>
    public bool CreateTopic(string topic, int partitions, int replicationFactor)
    {
        var replication = Math.Min(replicationFactor, BrokerCount);
        var error = LibRdKafkaNative.rd_kafka_mock_topic_create(_cluster, topic, partitions, replication);
        if (error == (int)ErrorCode.TopicAlreadyExists)
        {
            return false;
        }

        Check(error, $"create topic {topic}");
        return true;
    }

    /// <summary>Broker ids are 1..BrokerCount.</summary>
    public void SetBrokerDown(int brokerId) => Check(LibRdKafkaNative.rd_kafka_mock_broker_set_down(_cluster, brokerId), $"take broker {brokerId} down");

    public void SetBrokerUp(int brokerId) => Check(LibRdKafkaNative.rd_kafka_mock_broker_set_up(_cluster, brokerId), $"bring broker {brokerId} up");

    public void SetBrokerRoundTrip(int brokerId, TimeSpan rtt) =>
        Check(LibRdKafkaNative.rd_kafka_mock_broker_set_rtt(_cluster, brokerId, (int)rtt.TotalMilliseconds), $"set broker {brokerId} rtt");

    public void SetPartitionLeader(string topic, int partition, int brokerId) =>
        Check(LibRdKafkaNative.rd_kafka_mock_partition_set_leader(_cluster, topic, partition, brokerId), $"move leader of {topic}[{partition}]");

    /// <summary>The next <paramref name="errors"/>.Length requests of <paramref name="apiKey"/> fail with these codes.</summary>
    public void PushRequestErrors(short apiKey, params ErrorCode[] errors) =>
        LibRdKafkaNative.rd_kafka_mock_push_request_errors_array(_cluster, apiKey, (nuint)errors.Length, errors.Select(e => (int)e).ToArray());

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            LibRdKafkaNative.rd_kafka_mock_cluster_destroy(_cluster);
            LibRdKafkaNative.rd_kafka_destroy(_handle);
        }
    }

    private void Check(int error, string what)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (error != 0)
        {
            throw new InvalidOperationException($"mock cluster could not {what}: {Marshal.PtrToStringUTF8(LibRdKafkaNative.rd_kafka_err2str(error))}");
        }
    }
}
