using System.Collections.Concurrent;
using System.Text;
using Confluent.Kafka;
using OpsCentre.Kafka.Consuming;

namespace OpsCentre.Kafka.Tests.Consuming;

/// <summary>Remembers what it processed and what it made durable; throws on a chosen value to test failure.</summary>
internal sealed class RecordingProcessor(int partition, ConcurrentBag<string> processed, ConcurrentBag<string> durable, string? poison = null) : IPartitionProcessor
{
    private readonly List<string> _sinceCheckpoint = [];

    public int Partition => partition;

    public ValueTask ProcessAsync(ConsumeResult<string, byte[]> record, CancellationToken cancellationToken)
    {
        var value = Encoding.UTF8.GetString(record.Message.Value);
        if (value == poison)
        {
            throw new InvalidOperationException($"poison {value}");
        }

        processed.Add(value);
        _sinceCheckpoint.Add(value);
        return ValueTask.CompletedTask;
    }

    public Task<Task> CheckpointAsync(CancellationToken cancellationToken)
    {
        foreach (var value in _sinceCheckpoint)
        {
            durable.Add(value);
        }

        _sinceCheckpoint.Clear();
        return Task.FromResult(Task.CompletedTask);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
