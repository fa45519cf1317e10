using Microsoft.Extensions.DependencyInjection;
using OpsCentre.Assets.Detection;
using OpsCentre.Console.Feeds;
using OpsCentre.Ingest.Assets;
using OpsCentre.Ingest.Catalogue;

namespace OpsCentre.Console.Node;

/// <summary>Registers the city: the Bristol catalogue, the detectors, the city stage and the in-process feed.</summary>
public static class CityFeatures
{
    /// <summary>Registers the city and returns its catalogue (other parts build on its geometry).</summary>
    public static CityCatalogue AddCity(this IServiceCollection services, NodeOptions node)
    {
        node.City.Validate();
        var dataRoot = node.DataRoot ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "shared", "data"));
        var links = Path.Combine(dataRoot, "city", "geo", "bristol", "dim-journey-links.geojson");
        if (!File.Exists(links))
        {
            throw new FileNotFoundException($"Bristol journey links not found at {links}: pass --data <folder> (the shipped data folder) or set OPSCENTRE_DATA.", links);
        }

        var catalogue = CityCatalogue.LoadBristol(links, Path.Combine(AppContext.BaseDirectory, "catalogue", "bristol-assets.json"));
        services.AddSingleton(catalogue);
        services.AddSingleton<IAssetDirectory>(catalogue);
        services.AddSingleton<SignalDetectorFactory>(CityDetectors.Ensemble());
        services.AddSingleton<CityFeedPublisher>();
        if (node.RunPipeline)
        {
            services.AddCityStage(node.City.Anomalies, node.City.AcceptHistoricReadings || node.City.Feed == FeedMode.Replay);
        }

        switch (node.City.Feed)
        {
            case FeedMode.Simulate:
                services.AddHostedService<SimulatedCityFeed>();
                break;
            case FeedMode.Replay:
                services.AddHostedService<ReplayCityFeed>();
                break;
        }

        return catalogue;
    }
}
