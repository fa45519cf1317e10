using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.Snapshots;

namespace OpsCentre.Assets.Hosting;

/// <summary>
/// An asset its partition knows but that is not active: restored and not yet heard from, or passivated. Kept as its
/// encoded snapshot, a few kilobytes where the active asset with its detectors takes tens.
/// </summary>
/// <param name="Durable">Whether the store already holds exactly this state; if not, the next checkpoint writes it.</param>
internal sealed record ParkedAsset(AssetStateRecord Record, AssetSummary Summary, bool Durable);
