using OpsCentre.Actors.Entities;
using OpsCentre.Actors.Persistence;
using OpsCentre.Actors.Tests.Support;

namespace OpsCentre.Actors.Tests.Entities;

public sealed class EntityHostOptionsTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        new EntityHostOptions().Validate();
    }

    [Fact]
    public void A_scan_interval_longer_than_the_idle_timeout_is_rejected_naming_the_setting()
    {
        var options = new EntityHostOptions { IdleTimeout = TimeSpan.FromMinutes(1), PassivationScanInterval = TimeSpan.FromMinutes(2) };

        var error = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Equal(nameof(EntityHostOptions.PassivationScanInterval), error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4097)]
    public void Shard_counts_out_of_range_are_rejected(int shardCount)
    {
        var options = new EntityHostOptions { ShardCount = shardCount };

        Assert.Equal(nameof(EntityHostOptions.ShardCount), Assert.Throws<ArgumentOutOfRangeException>(options.Validate).ParamName);
    }

    [Fact]
    public async Task A_shard_selector_answering_out_of_range_is_reported_with_the_key()
    {
        await using var system = new ActorSystem();
        await using var host = EntityHost<TallyState, ITallyMessage>.Start(system, Kind(), new EntityHostOptions
        {
            ShardCount = 2,
            ShardSelector = _ => 2,
        });

        var error = Assert.Throws<InvalidOperationException>(() => host.TryTell("asset-9", new Append(1)));

        Assert.Contains("'asset-9' to shard 2; shards are 0 to 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_shard_selector_is_stable_and_spreads_keys()
    {
        await using var system = new ActorSystem();
        await using var host = EntityHost<TallyState, ITallyMessage>.Start(system, Kind(), new EntityHostOptions { ShardCount = 4 });

        var shards = Enumerable.Range(0, 1_000).Select(i => host.ShardOf($"asset-{i}")).ToArray();

        Assert.Equal(shards, Enumerable.Range(0, 1_000).Select(i => host.ShardOf($"asset-{i}")));
        Assert.All(Enumerable.Range(0, 4), shard => Assert.InRange(shards.Count(s => s == shard), 150, 350));
    }

    private static EntityKind<TallyState, ITallyMessage> Kind() =>
        new("tallies", context => new TallyEntity(context, new()), _ => TallyState.Empty, new InMemoryEntityStateStore<TallyState>());
}
