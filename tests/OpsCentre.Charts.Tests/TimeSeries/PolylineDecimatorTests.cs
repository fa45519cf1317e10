using OpsCentre.Charts.TimeSeries;

namespace OpsCentre.Charts.Tests.TimeSeries;

public class PolylineDecimatorTests
{
    [Fact]
    public void Each_pixel_column_keeps_its_first_min_max_and_last_in_order()
    {
        var points = new List<(double X, double Y)> { (0.1, 5), (0.2, 9), (0.3, 1), (0.4, 4), (0.5, 6), (1.1, 3), (1.2, 3), (1.3, 3), (1.4, 3) };

        var decimated = PolylineDecimator.Decimate(points);

        Assert.Equal([(0.1, 5), (0.2, 9), (0.3, 1), (0.5, 6), (1.1, 3), (1.4, 3)], decimated);
    }

    [Fact]
    public void Short_series_are_left_alone()
    {
        var points = new List<(double X, double Y)> { (0.1, 1), (0.2, 2), (0.3, 3) };

        Assert.Same(points, PolylineDecimator.Decimate(points));
    }
}
