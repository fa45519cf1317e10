namespace OpsCentre.Console.Tests.Browser;

/// <summary>
/// One node and one Chromium shared by the browser tests (starting either costs seconds on two cores). Tests in the
/// collection run one after another and each signs in afresh; incidents use unique ids, so tests do not disturb
/// each other's rows.
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    public TestNode Node { get; private set; } = null!;

    public Chromium Chromium { get; private set; } = null!;

    public ConsolePage Page => new(Chromium, Node.Address);

    public async Task InitializeAsync()
    {
        Node = await TestNode.StartAsync();
        await Node.WaitUntilLiveAsync();
        Chromium = new Chromium();
    }

    public async Task DisposeAsync()
    {
        Chromium.Dispose();
        await Node.DisposeAsync();
    }
}
