using OpsCentre.Detection.Ensemble;
using OpsCentre.Detection.Health;

namespace OpsCentre.Detection.Tests;

public class DetectorCatalogueTests
{
    [Fact]
    public void The_default_is_the_ensemble()
    {
        Assert.IsType<EnsembleDetector>(new DetectorCatalogue().CreateDefault());
    }

    [Fact]
    public void Every_listed_name_creates_a_fresh_detector()
    {
        var catalogue = new DetectorCatalogue();

        foreach (var name in catalogue.Names)
        {
            Assert.NotSame(catalogue.Create(name), catalogue.Create(name));
        }
    }

    [Fact]
    public void Names_are_case_insensitive()
    {
        Assert.IsType<EnsembleDetector>(new DetectorCatalogue().Create("Ensemble"));
    }

    [Fact]
    public void An_unknown_name_lists_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => new DetectorCatalogue().Create("magic"));

        Assert.Contains("spectral-residual", error.Message);
    }

    [Fact]
    public void A_plausible_range_reaches_the_detector()
    {
        var detector = new DetectorCatalogue().Create("sensor-health", new PlausibleRange(0, 1));

        Assert.Equal(1, detector.Observe(DateTime.UnixEpoch, 5).Score);
    }
}
