using OpsCentre.Actors.Entities;
using OpsCentre.Actors.Persistence;

namespace OpsCentre.Actors.Benchmarks;

/// <summary>Builds the asset entity host the entity benchmarks and the memory probe share.</summary>
public static class AssetHosting
{
    public static string[] Keys(int count) => [.. Enumerable.Range(0, count).Select(i => $"asset-{i:D6}")];

    public static EntityHost<AssetState, AssetReading> Start(ActorSystem system, RoundCompletion round, int shards) =>
        EntityHost<AssetState, AssetReading>.Start(
            system,
            new EntityKind<AssetState, AssetReading>(
                "assets",
                context => new AssetEntity(context, round),
                _ => AssetState.Initial,
                new InMemoryEntityStateStore<AssetState>()),
            new EntityHostOptions { ShardCount = shards });

    /// <summary>Sends one reading to every key, waiting for mailbox room as needed, then for all to be handled.</summary>
    public static async Task SendOneReadingEachAsync(
        EntityHost<AssetState, AssetReading> host, RoundCompletion round, string[] keys)
    {
        round.Reset(receivers: keys.Length, target: 1);
        var reading = new AssetReading(1.0);
        foreach (var key in keys)
        {
            await host.TellAsync(key, reading);
        }

        await round.AllArrived;
    }
}
