namespace OpsCentre.Console.Tests.Congestion;

/// <summary>The congestion API and open-data tests share one node fed the traffic scenario.</summary>
[CollectionDefinition(Name)]
public sealed class CongestionNodeCollection : ICollectionFixture<CongestionNodeFixture>
{
    public const string Name = "congestion-node";
}
