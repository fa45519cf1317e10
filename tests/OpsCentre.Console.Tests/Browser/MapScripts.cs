namespace OpsCentre.Console.Tests.Browser;

/// <summary>
/// Scripts run in the map page: they import the page's own module (the same instance the console runs) and feed its
/// asset layer synthetic assets spread over Bristol, deterministically. The layer is exposed as window.opsMapProbe.
/// </summary>
public static class MapScripts
{
    private const string Synthesis = """
        const { activeMap } = await import('/js/views/map.js');
        const view = activeMap();
        window.opsMapProbe = view;
        const synthetic = (count, offline) => {
          let seed = 20261122;
          const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
          return Array.from({ length: count }, (_, i) => ({
            assetId: `syn-${String(i).padStart(5, '0')}`,
            kind: 'AirQualityMonitor',
            name: `Synthetic sensor ${i}`,
            location: { lat: 51.40 + random() * 0.12, lon: -2.68 + random() * 0.20 },
            status: i < offline ? 'Offline' : 'Online',
          }));
        };
        """;

    /// <summary>Arguments: asset count. Returns the layer's update result as JSON.</summary>
    public const string LoadSyntheticAssets = "const done = arguments[arguments.length - 1]; (async () => {" + Synthesis + """
          const result = await view.assets.update(synthetic(arguments[0], 0));
          done(JSON.stringify(result));
        })().catch(error => done(JSON.stringify({ error: String(error) })));
        """;

    /// <summary>Arguments: asset count, how many of them go offline. Returns the layer's update result as JSON.</summary>
    public const string TakeAssetsOffline = "const done = arguments[arguments.length - 1]; (async () => {" + Synthesis + """
          const result = await view.assets.update(synthetic(arguments[0], arguments[1]));
          done(JSON.stringify(result));
        })().catch(error => done(JSON.stringify({ error: String(error) })));
        """;
}
