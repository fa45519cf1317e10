namespace OpsCentre.Console.Tests.Browser;

/// <summary>The browser tests share one node and one Chromium, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "browser";
}
