using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Kafka.Tests.Consuming;

/// <summary>The at-least-once loop against the embedded cluster: nothing lost across a crash, nothing committed early.</summary>
public sealed class PartitionedConsumerTests : IDisposable
{
    private const string Topic = "readings";
    private readonly KafkaConnection _kafka = KafkaConnection.Open(new KafkaOptions { Partitions = 3, EmbeddedBrokers = 1, ReplicationFactor = 1 });

    public PartitionedConsumerTests() => _kafka.Embedded!.CreateTopic(Topic, 3, 1);

    [Fact]
    public void Every_record_is_processed_once_by_the_partition_that_owns_it()
    {
        Produce(Enumerable.Range(0, 300).Select(i => $"r{i}"));
        var factory = new RecordingProcessorFactory();

        RunUntil(factory, () => factory.Durable.Count >= 300);

        Assert.Equal(300, factory.Processed.Distinct().Count());
        Assert.Equal([0, 1, 2], factory.Created.Order());
    }

    [Fact]
    public void After_a_crash_a_new_member_resumes_from_the_last_commit_and_loses_nothing()
    {
        Produce(Enumerable.Range(0, 200).Select(i => $"a{i}"));
        var first = new RecordingProcessorFactory();
        RunUntil(first, () => first.Durable.Count >= 200, crash: true);

        Produce(Enumerable.Range(0, 100).Select(i => $"b{i}"));
        var second = new RecordingProcessorFactory();
        RunUntil(second, () => second.Processed.Count(v => v.StartsWith('b')) >= 100);

        var everything = first.Durable.Concat(second.Processed).ToHashSet();
        Assert.Equal(300, everything.Count);
    }

    [Fact]
    public void A_graceful_stop_commits_so_the_next_member_does_not_replay()
    {
        Produce(Enumerable.Range(0, 100).Select(i => $"g{i}"));
        var first = new RecordingProcessorFactory();
        RunUntil(first, () => first.Durable.Count >= 100);
        Assert.Equal([0, 1, 2], first.ReleasedPartitions.Order());

        Produce(["after"]);
        var second = new RecordingProcessorFactory();
        RunUntil(second, () => second.Processed.Contains("after"));

        Assert.Equal(["after"], second.Processed);
    }

    [Fact]
    public void A_processor_failure_stops_the_loop_with_the_cause()
    {
        Produce(["fine", "poison"]);
        var factory = new RecordingProcessorFactory(poison: "poison");

        var error = Assert.Throws<InvalidOperationException>(() => RunUntil(factory, () => false, timeout: TimeSpan.FromSeconds(40)));

        Assert.Contains("poison", error.Message);
    }

    public void Dispose() => _kafka.Dispose();

    private void Produce(IEnumerable<string> values)
    {
        using var publisher = new KafkaPublisher(_kafka, "test-producer", NullLogger<KafkaPublisher>.Instance);
        var i = 0;
        foreach (var value in values)
        {
            publisher.Publish(Topic, $"key-{i++}", Encoding.UTF8.GetBytes(value));
        }

        publisher.Flush(TimeSpan.FromSeconds(10));
    }

    private void RunUntil(RecordingProcessorFactory factory, Func<bool> done, bool crash = false, TimeSpan? timeout = null)
    {
        using var consumer = new PartitionedConsumer(
            _kafka, "test-group", [Topic], "test", factory, new PartitionedConsumerOptions { CheckpointInterval = TimeSpan.FromMilliseconds(50) },
            TimeProvider.System, NullLogger<PartitionedConsumer>.Instance);
        using var stop = new CancellationTokenSource();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var run = Task.Run(() =>
        {
            if (crash)
            {
                // Run on a token we cancel, then abandon instead of closing: the committed offsets stay where the
                // last auto-commit left them.
                try
                {
                    consumer.Run(stop.Token);
                }
                catch (ObjectDisposedException)
                {
                }
            }
            else
            {
                consumer.Run(stop.Token);
            }
        });
        while (!done() && DateTime.UtcNow < deadline && !run.IsCompleted)
        {
            Thread.Sleep(50);
        }

        if (run.IsFaulted)
        {
            throw run.Exception!.InnerException!;
        }

        Assert.True(done(), "condition not reached in time");
        if (crash)
        {
            // Let auto-commit store what was durable, then drop everything else as a crash would.
            Thread.Sleep(1_500);
            consumer.Abandon();
        }

        stop.Cancel();
        run.GetAwaiter().GetResult();
    }
}
