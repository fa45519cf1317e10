using OpsCentre.Congestion.Geometry;

namespace OpsCentre.Congestion.Tests.Geometry;

public class GeoPointTests
{
    [Fact]
    public void One_degree_of_latitude_is_about_111_km()
    {
        var distance = new GeoPoint(56.0, 10.0).DistanceMetersTo(new GeoPoint(57.0, 10.0));

        Assert.InRange(distance, 111_000, 111_400);
    }

    [Fact]
    public void Longitude_shrinks_with_latitude()
    {
        var atEquator = new GeoPoint(0, 0).DistanceMetersTo(new GeoPoint(0, 1));
        var atSixty = new GeoPoint(60, 0).DistanceMetersTo(new GeoPoint(60, 1));

        Assert.Equal(atEquator / 2, atSixty, 0.005 * atEquator);
    }

    [Theory]
    [InlineData(91, 0)]
    [InlineData(0, -181)]
    [InlineData(double.NaN, 0)]
    public void Out_of_range_coordinates_are_rejected(double latitude, double longitude) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(latitude, longitude));
}
