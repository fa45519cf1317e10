using System.Threading.Channels;

namespace OpsCentre.Actors.DeadLetters;

/// <summary>
/// Hands letters to a consumer through a bounded channel, e.g. the pipeline's forwarder to the Kafka dead-letter
/// topic. Publishing never blocks: if the consumer falls <see cref="Capacity"/> letters behind, the oldest waiting
/// letter is dropped and counted in <see cref="Dropped"/>, because stalling actors to save dead letters would turn one
/// slow topic into a stalled pipeline.
/// </summary>
public sealed class ChannelDeadLetterSink : IDeadLetterSink
{
    private readonly Channel<DeadLetter> channel;
    private long dropped;

    /// <param name="capacity">Letters held for the consumer; default 10,000, valid 1 to 10,000,000.</param>
    public ChannelDeadLetterSink(int capacity = 10_000)
    {
        if (capacity is < 1 or > 10_000_000)
        {
            throw new ArgumentOutOfRangeException(
                nameof(capacity), capacity, "Dead-letter channel capacity must be between 1 and 10,000,000.");
        }

        Capacity = capacity;
        channel = Channel.CreateBounded<DeadLetter>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest },
            _ => Interlocked.Increment(ref dropped));
    }

    public int Capacity { get; }

    /// <summary>Letters dropped because the consumer was behind.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    public ChannelReader<DeadLetter> Reader => channel.Reader;

    public void Publish(DeadLetter deadLetter) => channel.Writer.TryWrite(deadLetter);

    /// <summary>No more letters will be published; the reader completes once it has read the rest.</summary>
    public void Complete() => channel.Writer.TryComplete();
}
