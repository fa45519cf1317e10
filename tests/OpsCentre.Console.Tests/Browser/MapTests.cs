namespace OpsCentre.Console.Tests.Browser;

/// <summary>
/// The map with a city's worth of assets, driven through the real map page's asset layer. Frame and update times are
/// measured by the console benchmark (tests/benchmarks/OpsCentre.Console.Benchmarks), not asserted here.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MapTests(ConsoleFixture fixture)
{
    [Fact]
    public void Ten_thousand_assets_are_clustered_and_a_status_change_recolours_its_cluster()
    {
        var page = fixture.Page;
        page.SignIn("operator");
        page.Open("map", ".leaflet-overlay-pane canvas");

        var result = (string)page.AsyncScript(MapScripts.LoadSyntheticAssets, 10_000)!;
        page.Until(() => page.FindAll(".asset-cluster").Count > 0, "asset clusters");

        Assert.Contains("\"added\":10000", result);
        Assert.Equal(10_000L, page.Script<long>("return window.opsMapProbe.assets.count"));
        Assert.Empty(page.FindAll(".asset-cluster.offline"));
        var clustered = page.Script<long>("return [...document.querySelectorAll('.asset-cluster span:first-child')].reduce((s, e) => s + Number(e.textContent), 0)");
        Assert.InRange(clustered, 1, 10_000);

        var restyle = (string)page.AsyncScript(MapScripts.TakeAssetsOffline, 10_000, 500)!;

        Assert.Contains("\"restyled\":500", restyle);
        page.Until(() => page.FindAll(".asset-cluster.offline").Count > 0, "a cluster coloured by its offline asset");
        Assert.All(page.Attributes(".asset-cluster", "role"), role => Assert.Equal("button", role));
        page.Screenshot("map-10k-assets");
    }

    [Fact]
    public void An_asset_found_by_name_opens_its_panel()
    {
        var page = fixture.Page;
        page.SignIn("operator");
        page.Open("map", ".leaflet-overlay-pane canvas");
        page.AsyncScript(MapScripts.LoadSyntheticAssets, 200);

        page.Type("#asset-search", "synthetic sensor 42\n");

        page.Until(() => page.Find("#map-panel").Displayed && page.Text("#panel-title") == "Synthetic sensor 42", "the asset panel");
        Assert.Contains("syn-00042", page.Text("#map-panel"));
    }
}
