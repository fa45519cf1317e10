using OpsCentre.Console.Views;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Console.Tests.Views;

public sealed class CameraActivityBoardTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private static CameraEvent Report(string camera, int minutes, int cars, int people = 0, CameraEventKind kind = CameraEventKind.None, int seconds = 0) =>
        new(camera, Start.AddMinutes(minutes).AddSeconds(seconds), new Dictionary<string, int> { ["car"] = cars, ["person"] = people }, kind, kind == CameraEventKind.None ? null : 0.9, kind == CameraEventKind.None ? null : "lane-1");

    [Fact]
    public void Counts_are_averaged_per_class_within_each_bucket()
    {
        var board = new CameraActivityBoard(new CameraPanelOptions());
        board.Record(Report("cam-001", 0, cars: 10, people: 1));
        board.Record(Report("cam-001", 0, cars: 20, people: 2, seconds: 30));
        board.Record(Report("cam-001", 1, cars: 6));

        var timeline = board.Timeline("cam-001")!;

        Assert.Equal(60, timeline.BucketSeconds);
        Assert.Equal([Start, Start.AddMinutes(1)], timeline.Buckets.Select(b => b.Start));
        Assert.Equal(15, timeline.Buckets[0].MeanCounts["car"]);
        Assert.Equal(1.5, timeline.Buckets[0].MeanCounts["person"]);
        Assert.Equal(2, timeline.Buckets[0].Reports);
        Assert.Equal(6, timeline.Buckets[1].MeanCounts["car"]);
    }

    [Fact]
    public void Buckets_older_than_the_history_window_are_dropped()
    {
        var board = new CameraActivityBoard(new CameraPanelOptions { History = TimeSpan.FromMinutes(10), BucketWidth = TimeSpan.FromMinutes(1) });
        for (var minute = 0; minute <= 30; minute++)
        {
            board.Record(Report("cam-001", minute, cars: minute));
        }

        var timeline = board.Timeline("cam-001")!;

        Assert.Equal(Start.AddMinutes(20), timeline.Buckets[0].Start);
        Assert.Equal(Start.AddMinutes(30), timeline.Buckets[^1].Start);
    }

    [Fact]
    public void Recent_events_are_newest_first_bounded_and_late_ones_take_their_place()
    {
        var board = new CameraActivityBoard(new CameraPanelOptions { RecentEvents = 3 });
        board.Record(Report("cam-001", 1, 5, kind: CameraEventKind.StoppedVehicle));
        board.Record(Report("cam-001", 5, 5, kind: CameraEventKind.Crowd));
        board.Record(Report("cam-001", 3, 5, kind: CameraEventKind.FlyTipping));
        board.Record(Report("cam-001", 6, 5, kind: CameraEventKind.WrongWayVehicle));
        board.Record(Report("cam-001", 7, 5));

        var events = board.Timeline("cam-001")!.RecentEvents;

        Assert.Equal([CameraEventKind.WrongWayVehicle, CameraEventKind.Crowd, CameraEventKind.FlyTipping], events.Select(e => e.Kind));
        Assert.Equal("lane-1", events[0].Zone);
    }

    [Fact]
    public void A_report_delivered_twice_lists_its_event_once()
    {
        var board = new CameraActivityBoard(new CameraPanelOptions());
        var report = Report("cam-001", 4, 5, kind: CameraEventKind.Fire);
        board.Record(report);
        board.Record(report);

        Assert.Single(board.Timeline("cam-001")!.RecentEvents);
    }

    [Fact]
    public void Summaries_show_latest_counts_and_put_cameras_with_recent_events_first()
    {
        var board = new CameraActivityBoard(new CameraPanelOptions());
        board.Record(Report("cam-001", 0, cars: 3));
        board.Record(Report("cam-002", 0, cars: 4, kind: CameraEventKind.StoppedVehicle));
        board.Record(Report("cam-001", 2, cars: 9));
        board.Record(Report("cam-001", 1, cars: 1));

        var summaries = board.Summaries();

        Assert.Equal(["cam-002", "cam-001"], summaries.Select(s => s.AssetId));
        Assert.Equal(9, summaries[1].LatestCounts["car"]);
        Assert.Equal(Start.AddMinutes(2), summaries[1].LastReportAt);
        Assert.Equal(CameraEventKind.StoppedVehicle, summaries[0].LatestEvent!.Kind);
    }

    [Fact]
    public void Cameras_beyond_the_limit_are_counted_and_ignored()
    {
        var board = new CameraActivityBoard(new CameraPanelOptions { MaxCameras = 2 });
        board.Record(Report("cam-001", 0, 1));
        board.Record(Report("cam-002", 0, 1));
        board.Record(Report("cam-003", 0, 1));
        board.Record(Report("cam-001", 1, 1));

        Assert.Equal(2, board.Summaries().Count);
        Assert.Null(board.Timeline("cam-003"));
        Assert.Equal(1, board.Ignored);
    }

    [Theory]
    [InlineData(2, 60, 20, 10)]
    [InlineData(60, 5, 20, 10)]
    [InlineData(60, 60, 0, 10)]
    [InlineData(60, 60, 20, 0)]
    [InlineData(20, 180, 20, 10)]
    public void Options_out_of_range_are_refused(int historyMinutes, int bucketSeconds, int events, int cameras)
    {
        var options = new CameraPanelOptions
        {
            History = TimeSpan.FromMinutes(historyMinutes),
            BucketWidth = TimeSpan.FromSeconds(bucketSeconds),
            RecentEvents = events,
            MaxCameras = cameras,
        };

        var error = Assert.Throws<ArgumentException>(options.Validate);
        Assert.Contains("Console:CameraPanel:", error.Message);
    }
}
