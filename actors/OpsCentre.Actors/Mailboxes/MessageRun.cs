using System.Buffers;
using System.Runtime.CompilerServices;

namespace OpsCentre.Actors.Mailboxes;

/// <summary>
/// Messages sent together by a batched tell, held in one mailbox entry so the channel's writer lock is taken once
/// per batch rather than once per message. The array is rented from the shared pool; <see cref="Release"/> returns
/// it once the consumer is done with the run.
/// </summary>
internal sealed class MessageRun<TMessage>
{
    private readonly TMessage[] items;

    public MessageRun(ReadOnlySpan<TMessage> messages)
    {
        items = ArrayPool<TMessage>.Shared.Rent(messages.Length);
        messages.CopyTo(items);
        Length = messages.Length;
    }

    public int Length { get; }

    public TMessage this[int index] => items[index];

    public ReadOnlySpan<TMessage> From(int index) => items.AsSpan(index, Length - index);

    public void Release() =>
        ArrayPool<TMessage>.Shared.Return(items, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<TMessage>());
}
