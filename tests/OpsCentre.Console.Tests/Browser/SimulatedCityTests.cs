using OpsCentre.Console.Node;

namespace OpsCentre.Console.Tests.Browser;

/// <summary>
/// The walking skeleton as `opscentre run` starts it: the simulated Bristol feed, the whole pipeline, and the console,
/// which must show live incidents on the map of Bristol within 30 seconds of the node starting.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SimulatedCityTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task Within_thirty_seconds_of_starting_the_console_shows_incidents_of_the_simulated_city_on_the_map()
    {
        var started = DateTime.UtcNow;
        await using var node = await TestNode.StartAsync(FeedMode.Simulate);
        var page = new ConsolePage(fixture.Chromium, node.Address);
        page.SignIn("operator");
        page.Open("map", ".leaflet-overlay-pane canvas");

        page.Until(() => page.FindAll(".incident-pin").Count > 0, "incident pins from the simulated city", started.AddSeconds(30) - DateTime.UtcNow);

        page.Screenshot("map-simulated-city");
        page.Open("queue", "#queue tbody tr[data-id]");
        page.Screenshot("queue-simulated-city");
    }
}
