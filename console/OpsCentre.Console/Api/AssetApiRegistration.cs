using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.Queries;
using OpsCentre.Assets.Shards;
using OpsCentre.Incidents;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Storage.Assets;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Console.Api;

/// <summary>
/// Registers what the asset API reads: the node's registry of hosted assets, the asset store (shared with the city
/// stage) and the queries. A node without the city stage still serves the stored state of every asset.
/// </summary>
public static class AssetApiRegistration
{
    public static IServiceCollection AddAssetApi(this IServiceCollection services)
    {
        services.AddAssetStateServices();
        services.TryAddSingleton(new AssetStageOptions());
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<AssetStageOptions>();
            return new AssetQueries(
                sp.GetRequiredService<CityCatalogue>(),
                sp.GetRequiredService<AssetRegistry>(),
                sp.GetRequiredService<IAssetStateStore>(),
                sp.GetRequiredService<IIncidentStore>(),
                options.Health,
                options.Anomalies.RecentReadings);
        });
        return services;
    }

    /// <summary>The registry and the store, once, whichever of the city stage and the API registers first.</summary>
    public static IServiceCollection AddAssetStateServices(this IServiceCollection services)
    {
        services.TryAddSingleton<AssetRegistry>();
        services.TryAddSingleton<IAssetStateStore>(sp => new SqlAssetStateStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
