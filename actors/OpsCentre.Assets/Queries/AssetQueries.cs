using OpsCentre.Assets.Health;
using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.Shards;
using OpsCentre.Assets.Snapshots;
using OpsCentre.Contracts.Assets;
using OpsCentre.Incidents;
using OpsCentre.Ingest.Catalogue;

namespace OpsCentre.Assets.Queries;

/// <summary>
/// The console's view of the assets: the catalogue for who exists, this node's live state for the assets it hosts,
/// and the shared store for the assets other nodes host (with SQLite, a single node hosts them all).
/// </summary>
public sealed class AssetQueries(
    CityCatalogue catalogue,
    AssetRegistry registry,
    IAssetStateStore store,
    IIncidentStore incidents,
    AssetHealthOptions health,
    int recentReadings)
{
    public async Task<IReadOnlyList<AssetListing>> ListAsync(AssetFilter filter, CancellationToken cancellationToken)
    {
        var listings = new Dictionary<string, AssetListing>(StringComparer.Ordinal);
        foreach (var asset in catalogue.All)
        {
            listings[asset.AssetId] = new AssetListing(asset.AssetId, asset.Kind, asset.Name, asset.Location, null, null, 0, null);
        }

        foreach (var stored in await store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            listings[stored.AssetId] = stored;
        }

        // Live state last: it is at least as new as anything stored.
        foreach (var live in await registry.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            listings[live.AssetId] = live;
        }

        return [.. listings.Values.Where(filter.Matches).OrderBy(l => l.AssetId, StringComparer.Ordinal).Take(filter.Limit)];
    }

    /// <summary>The asset's detail, or null if it is neither in the catalogue nor known to any state.</summary>
    public async Task<AssetDetail?> DescribeAsync(string assetId, CancellationToken cancellationToken)
    {
        var snapshot = await registry.DescribeAsync(assetId, cancellationToken).ConfigureAwait(false);
        var source = "live";
        if (snapshot is null && await store.ReadAsync(assetId, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            snapshot = AssetSnapshotCodec.Decode(stored.Snapshot);
            source = "stored";
        }

        catalogue.TryGet(assetId, out var known);
        if (snapshot is null)
        {
            return known is null ? null : Detail(known, null, "none", []);
        }

        var open = await incidents.QueryAsync(new IncidentQuery(States: IncidentStates.Open, Limit: IncidentQuery.MaxLimit), cancellationToken).ConfigureAwait(false);
        var naming = open
            .Where(i => i.AssetIds.Contains(assetId, StringComparer.Ordinal))
            .Select(i => new IncidentBrief(i.IncidentId, i.Kind, i.Title, i.Priority, i.State.ToString(), i.OpenedAt))
            .ToList();
        return Detail(known ?? snapshot.Summary.Descriptor, snapshot, source, naming);
    }

    private AssetDetail Detail(AssetDescriptor descriptor, AssetSnapshot? snapshot, string source, IReadOnlyList<IncidentBrief> openIncidents)
    {
        var summary = snapshot?.Summary;
        AssetHealthView? healthView = null;
        if (summary is not null)
        {
            var allowed = health.OfflineAfter(summary.ExpectedInterval);
            healthView = new AssetHealthView(summary.ExpectedInterval, allowed, summary.LastSeen + allowed);
        }

        return new AssetDetail(
            descriptor.AssetId,
            descriptor.Kind,
            descriptor.Name,
            descriptor.Location,
            descriptor.RoadLinkId,
            descriptor.LengthMetres,
            summary?.Status,
            summary?.LastSeen,
            summary?.Observations ?? 0,
            source,
            summary?.Partition,
            summary?.Revision ?? 0,
            healthView,
            snapshot?.Signals.Select(s => new SignalView(s.Name, [.. s.Readings.TakeLast(recentReadings)], s.LastScore, s.FiringSince, s.LastAnomalyAt)).ToList() ?? [],
            snapshot?.Camera is { } camera ? new CameraView(camera.LatestCounts, camera.CountsAt, camera.RecentEvents) : null,
            openIncidents);
    }
}
