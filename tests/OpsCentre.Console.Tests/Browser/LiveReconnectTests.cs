namespace OpsCentre.Console.Tests.Browser;

/// <summary>A console left open through a server restart reconnects by itself and shows every incident once.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReconnectTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task The_queue_survives_a_server_restart_without_duplicated_rows()
    {
        await using var node = await TestNode.StartAsync();
        await node.WaitUntilLiveAsync();
        var page = new ConsolePage(fixture.Chromium, node.Address);
        page.SignIn("operator");
        page.OpenLiveQueue();
        var before = await node.PublishIncidentAsync(SampleIncidents.Collision("INC-BEFORE-RESTART", priority: 2));
        page.Until(() => page.FindAll("tr[data-id='INC-BEFORE-RESTART']").Count == 1, "the first incident");

        await node.StopAsync();
        page.Until(() => page.Find("#connection").Text != "Live", "the console to notice the node went away");
        await node.StartAgainAsync();
        page.Until(() => page.Find("#connection").Text == "Live", "the console to reconnect", TimeSpan.FromSeconds(45));
        await node.WaitUntilLiveAsync();
        // Twice: the repeat is the same version, which the console must not show twice either.
        var after = await node.PublishIncidentAsync(SampleIncidents.Collision("INC-AFTER-RESTART", priority: 3));
        await node.PublishIncidentAsync(after);
        page.Until(() => page.FindAll("tr[data-id='INC-AFTER-RESTART']").Count == 1, "an incident raised after the restart");

        var ids = page.Attributes("#queue tbody tr[data-id]", "data-id");
        Assert.Equal([before.IncidentId, after.IncidentId], ids);
        page.Screenshot("queue-after-restart");
    }
}
