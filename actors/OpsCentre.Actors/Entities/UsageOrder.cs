namespace OpsCentre.Actors.Entities;

/// <summary>
/// A shard's active entities from least to most recently used. A message moves its entity to the newest end in
/// O(1), so a passivation scan walks from the oldest end and stops at the first entity that is not idle: it touches
/// only the entities it passivates, however many are active.
/// </summary>
internal sealed class UsageOrder<TState, TMessage>
{
    public EntitySlot<TState, TMessage>? Oldest { get; private set; }

    private EntitySlot<TState, TMessage>? newest;

    public void AddNewest(EntitySlot<TState, TMessage> slot)
    {
        slot.Older = newest;
        slot.Newer = null;
        if (newest is null)
        {
            Oldest = slot;
        }
        else
        {
            newest.Newer = slot;
        }

        newest = slot;
    }

    public void Remove(EntitySlot<TState, TMessage> slot)
    {
        if (slot.Older is null)
        {
            Oldest = slot.Newer;
        }
        else
        {
            slot.Older.Newer = slot.Newer;
        }

        if (slot.Newer is null)
        {
            newest = slot.Older;
        }
        else
        {
            slot.Newer.Older = slot.Older;
        }

        slot.Older = null;
        slot.Newer = null;
    }

    public void MoveToNewest(EntitySlot<TState, TMessage> slot)
    {
        if (ReferenceEquals(slot, newest))
        {
            return;
        }

        Remove(slot);
        AddNewest(slot);
    }
}
