namespace OpsCentre.Actors.Tests.Support;

/// <summary>A fresh <see cref="TallyHostFixture"/> (default supervision) per test.</summary>
public abstract class TallyHostTest : IAsyncLifetime
{
    protected TallyHostFixture Tallies { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Tallies.DisposeAsync();
}
