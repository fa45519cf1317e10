namespace OpsCentre.Incidents.Correlation;

/// <summary>Which assets sit on the same or adjoining road links, for rules that follow the road rather than the crow.</summary>
public interface IRoadNetwork
{
    bool AreConnected(string assetA, string assetB);
}
