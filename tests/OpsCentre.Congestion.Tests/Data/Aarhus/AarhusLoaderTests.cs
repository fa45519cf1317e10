using OpsCentre.Congestion.Data.Aarhus;
using OpsCentre.Congestion.Observations;
using OpsCentre.Tests;

namespace OpsCentre.Congestion.Tests.Data.Aarhus;

public class AarhusLoaderTests
{
    private static readonly string Folder = TestData.File("city", "traffic", "aarhus");

    [Fact]
    public void Metadata_lists_every_segment_with_its_two_sensor_points()
    {
        var segments = AarhusMetadataLoader.Load(Path.Combine(Folder, "trafficMetaData.csv"));

        Assert.Equal(449, segments.Count);
        var ring = segments.Single(s => s.ReportId == "180952");
        Assert.Equal("Vestre Ringgade", ring.FromStreet);
        Assert.Equal(801, ring.DistanceMeters);
        Assert.Equal(56.1, ring.Start.Latitude, 0.1);
        Assert.Equal(10.2, ring.Start.Longitude, 0.1);
    }

    [Fact]
    public void Observation_file_keeps_measured_intervals_and_drops_carried_forward_ones()
    {
        var file = AarhusObservationLoader.Load(Path.Combine(Folder, "trafficData178929.csv"));

        Assert.Equal("178929", file.ReportId);
        Assert.Equal(16_639, file.Counts.Rows);
        // 12,251 rows matched no vehicle: 2,090 repeat the previous travel time, 10,161 report 0 s (invalid either way).
        Assert.Equal(2_090, file.Counts.ZeroVehicle);
        Assert.Equal(10_161, file.Counts.Invalid);
        Assert.Equal(file.Counts.Rows, file.Counts.Kept + file.Counts.ZeroVehicle + file.Counts.Invalid + file.Counts.OutsideRange);
        Assert.All(file.Observations, o => Assert.True(o.VehicleCount > 0 && o.TravelTimeSeconds > 0));
    }

    [Fact]
    public void Timestamps_are_read_as_UTC_and_given_Danish_local_time()
    {
        var file = AarhusObservationLoader.Load(Path.Combine(Folder, "trafficData178929.csv"));

        // First row: 2014-08-01T07:55:00, 3 vehicles, 248 s, 21 km/h → 09:55 CEST.
        var first = file.Observations[0];
        Assert.Equal(new DateTimeOffset(2014, 8, 1, 9, 55, 0, TimeSpan.FromHours(2)), first.Timestamp);
        Assert.Equal(TimeSpan.FromHours(2), first.Timestamp.Offset);
        Assert.Equal((248.0, 21.0, 3), (first.TravelTimeSeconds, first.SpeedKmh, first.VehicleCount));
    }

    [Fact]
    public void Folder_loads_as_a_network_history_filtered_to_the_dates()
    {
        var range = new DateRange(new DateOnly(2014, 9, 1), new DateOnly(2014, 9, 7));

        var dataset = AarhusDataset.Load(Folder, range);

        Assert.Equal(15, dataset.History.Links.Count);
        Assert.NotEmpty(dataset.History.Network.Connections);
        Assert.All(dataset.History.Links.Values.SelectMany(l => l.Observations), o => Assert.True(range.Contains(o.Timestamp)));
        Assert.True(dataset.Counts.OutsideRange > dataset.Counts.Kept);
    }
}
