namespace OpsCentre.Kafka.Tests;

public sealed class KafkaOptionsTests
{
    [Fact]
    public void Defaults_are_valid_and_use_the_embedded_cluster()
    {
        var options = new KafkaOptions();

        options.Validate();
        Assert.True(options.UsesEmbeddedCluster);
    }

    [Fact]
    public void A_bootstrap_address_selects_a_real_cluster()
    {
        Assert.False(new KafkaOptions { BootstrapServers = "kafka1:9092" }.UsesEmbeddedCluster);
    }

    [Theory]
    [InlineData(0, 6, 3, 65536)]
    [InlineData(3, 0, 3, 65536)]
    [InlineData(3, 6, 9, 65536)]
    [InlineData(3, 6, 3, 100)]
    public void Out_of_range_settings_are_refused_with_the_setting_named(int brokers, int partitions, int replication, int maxBytes)
    {
        var options = new KafkaOptions { EmbeddedBrokers = brokers, Partitions = partitions, ReplicationFactor = replication, MaxMessageBytes = maxBytes };

        var error = Assert.ThrowsAny<ArgumentException>(options.Validate);
        Assert.False(string.IsNullOrEmpty(error.ParamName));
    }
}
