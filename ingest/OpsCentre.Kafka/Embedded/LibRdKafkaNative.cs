using System.Runtime.InteropServices;

namespace OpsCentre.Kafka.Embedded;

/// <summary>
/// The parts of librdkafka's C API that Confluent.Kafka does not expose: creating a bare client handle and the
/// mock cluster (rdkafka_mock.h), which Debian's librdkafka 2.0.2 exports.
/// </summary>
internal static partial class LibRdKafkaNative
{
    private const string Library = "librdkafka.so.1";

    public const int ProducerType = 0;

    [LibraryImport(Library)]
    public static partial nint rd_kafka_conf_new();

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int rd_kafka_conf_set(nint conf, string name, string value, nint errstr, nuint errstrSize);

    [LibraryImport(Library)]
    public static partial nint rd_kafka_new(int type, nint conf, nint errstr, nuint errstrSize);

    [LibraryImport(Library)]
    public static partial void rd_kafka_destroy(nint rk);

    [LibraryImport(Library)]
    public static partial nint rd_kafka_mock_cluster_new(nint rk, int brokerCount);

    [LibraryImport(Library)]
    public static partial void rd_kafka_mock_cluster_destroy(nint cluster);

    [LibraryImport(Library)]
    public static partial nint rd_kafka_mock_cluster_bootstraps(nint cluster);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int rd_kafka_mock_topic_create(nint cluster, string topic, int partitionCount, int replicationFactor);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int rd_kafka_mock_partition_set_leader(nint cluster, string topic, int partition, int brokerId);

    [LibraryImport(Library)]
    public static partial int rd_kafka_mock_broker_set_down(nint cluster, int brokerId);

    [LibraryImport(Library)]
    public static partial int rd_kafka_mock_broker_set_up(nint cluster, int brokerId);

    [LibraryImport(Library)]
    public static partial int rd_kafka_mock_broker_set_rtt(nint cluster, int brokerId, int rttMs);

    [LibraryImport(Library)]
    public static partial void rd_kafka_mock_push_request_errors_array(nint cluster, short apiKey, nuint count, int[] errors);

    [LibraryImport(Library)]
    public static partial nint rd_kafka_err2str(int err);
}
