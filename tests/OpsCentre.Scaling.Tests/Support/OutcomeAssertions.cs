namespace OpsCentre.Scaling.Tests.Support;

internal static class OutcomeAssertions
{
    /// <summary>
    /// The disturbed run ends where the undisturbed one did: every asset applied every reading exactly once and is
    /// in the same state, exactly the same anomalies were raised, and every injected incident was raised once.
    /// </summary>
    /// <remarks>
    /// Incident ids are not compared: an incident's id comes from its first anomaly, and anomalies of assets on
    /// different partitions (a link and its camera) reach the correlator in whichever order their partitions
    /// deliver them, in an undisturbed run as much as in a disturbed one.
    /// </remarks>
    public static void SameAs(this RunOutcome disturbed, RunOutcome undisturbed, CityFeed feed)
    {
        Assert.Equal(feed.ReadingsPerAsset, disturbed.Assets.Where(a => a.Value.Observations > 0).ToDictionary(a => a.Key, a => a.Value.Observations));
        Assert.Equal(undisturbed.Assets, disturbed.Assets);
        Assert.Equal(undisturbed.AnomalyIds.Order(), disturbed.AnomalyIds.Order());
        foreach (var injected in feed.Incidents)
        {
            Assert.Single(disturbed.Incidents, i => RunOutcome.Reveals(i, injected));
        }
    }
}
