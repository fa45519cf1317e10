namespace OpsCentre.Console.Tests.Congestion;

/// <summary>One running node, fed the <see cref="TrafficScenario"/> once, shared by the congestion API and open-data tests.</summary>
public sealed class CongestionNodeFixture : IAsyncLifetime
{
    public TestNode Node { get; private set; } = null!;

    public TrafficScenario Scenario { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Node = await TestNode.StartAsync();
        Scenario = await TrafficScenario.PublishAsync(Node);
        await Scenario.WaitUntilAnalysedAsync(Node);
    }

    public async Task DisposeAsync() => await Node.DisposeAsync();
}
