using OpsCentre.Actors.Entities;

namespace OpsCentre.Actors.Benchmarks;

/// <summary>Keeps the last reading per asset and reports each message to the round.</summary>
public sealed class AssetEntity(EntityContext<AssetState> context, RoundCompletion round)
    : Entity<AssetState, AssetReading>(context)
{
    protected override ValueTask ReceiveAsync(AssetReading message, CancellationToken cancellationToken)
    {
        State.Value = new AssetState(message.Value, State.Value.Readings + 1);
        round.Arrived();
        return ValueTask.CompletedTask;
    }
}
