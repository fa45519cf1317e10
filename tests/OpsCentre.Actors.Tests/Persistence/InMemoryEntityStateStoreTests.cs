using OpsCentre.Actors.Persistence;

namespace OpsCentre.Actors.Tests.Persistence;

public sealed class InMemoryEntityStateStoreTests
{
    private readonly InMemoryEntityStateStore<string> store = new();

    [Fact]
    public async Task The_first_write_creates_version_1_and_each_write_increments_it()
    {
        var first = await store.WriteAsync("a", "one", 0, CancellationToken.None);
        var second = await store.WriteAsync("a", "two", first, CancellationToken.None);

        Assert.Equal((1L, 2L), (first, second));
        Assert.Equal(new StoredEntityState<string>("two", 2), await store.ReadAsync("a", CancellationToken.None));
    }

    [Fact]
    public async Task A_write_based_on_a_stale_version_is_refused_and_changes_nothing()
    {
        await store.WriteAsync("a", "one", 0, CancellationToken.None);
        await store.WriteAsync("a", "two", 1, CancellationToken.None);

        var conflict = await Assert.ThrowsAsync<EntityStateConflictException>(
            () => store.WriteAsync("a", "stale", 1, CancellationToken.None).AsTask());

        Assert.Equal(("a", 1L, 2L), (conflict.EntityKey, conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Equal("two", (await store.ReadAsync("a", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Creating_a_record_that_already_exists_is_a_conflict()
    {
        await store.WriteAsync("a", "one", 0, CancellationToken.None);

        await Assert.ThrowsAsync<EntityStateConflictException>(() => store.WriteAsync("a", "again", 0, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Clearing_at_the_current_version_deletes_the_record()
    {
        await store.WriteAsync("a", "one", 0, CancellationToken.None);

        await store.ClearAsync("a", 1, CancellationToken.None);

        Assert.Null(await store.ReadAsync("a", CancellationToken.None));
        await Assert.ThrowsAsync<EntityStateConflictException>(() => store.ClearAsync("a", 1, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Clearing_a_missing_record_at_version_0_is_a_no_op()
    {
        await store.ClearAsync("never", 0, CancellationToken.None);

        Assert.Equal(0, store.Count);
    }
}
