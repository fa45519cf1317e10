using Microsoft.Extensions.Logging.Abstractions;
using OpsCentre.Console.Congestion;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Storage.Congestion;
using OpsCentre.Tests;

namespace OpsCentre.Console.Tests.Congestion;

/// <summary>The congestion stage on one partition: readings into link intervals, replays, and durability before commit.</summary>
public sealed class CongestionStageTests
{
    private const string Link = "link-02-E";
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly CityCatalogue Catalogue = new(BristolJourneyLinks.Read(TestData.File("city", "geo", "bristol", "dim-journey-links.geojson")).Select(l => l.Asset));
    private static readonly CongestionNetwork Network = new(Catalogue);

    private readonly ManualClock _clock = new(Start.AddHours(1));
    private readonly InMemoryLinkIntervalStore _store = new();
    private readonly LiveCongestionBoard _board = new();

    [Fact]
    public async Task Readings_within_one_five_minute_interval_become_one_row_of_their_means()
    {
        var stage = NewStage();
        double[] speeds = [30, 32, 34, 36, 38];
        for (var minute = 0; minute < 5; minute++)
        {
            await stage.ProcessAsync(TrafficRecords.Record(TrafficRecords.Reading(Link, Start.AddMinutes(minute), speeds[minute], flow: 600 + (60 * minute))), CancellationToken.None);
        }

        await stage.ProcessAsync(TrafficRecords.Record(TrafficRecords.Reading(Link, Start.AddMinutes(5), 50)), CancellationToken.None);
        await await stage.CheckpointAsync(CancellationToken.None);

        var first = _store.All[0];
        Assert.Equal((Link, Start, 5, 34.0, 720.0, Start.AddMinutes(4)), (first.LinkId, first.Start, first.Readings, first.MeanSpeedKmh, first.MeanFlowVehiclesPerHour, first.LastObservedAt));
        Assert.Equal(60.0, first.Vehicles, 6);
        var open = _store.All[1];
        Assert.Equal((Start.AddMinutes(5), 1, 50.0), (open.Start, open.Readings, open.MeanSpeedKmh));
    }

    [Fact]
    public async Task Readings_replayed_after_a_restart_are_not_counted_twice()
    {
        var first = NewStage();
        foreach (var minute in Enumerable.Range(0, 8))
        {
            await first.ProcessAsync(Minute(minute), CancellationToken.None);
        }

        await await first.CheckpointAsync(CancellationToken.None);
        var written = _store.All;

        // A new owner resumes from an older committed offset: minutes 2 to 7 arrive again, then new ones.
        var second = NewStage();
        foreach (var minute in Enumerable.Range(2, 8))
        {
            await second.ProcessAsync(Minute(minute), CancellationToken.None);
        }

        await await second.CheckpointAsync(CancellationToken.None);

        Assert.Equal(written[0], _store.All[0]);
        Assert.Equal((5, Start.AddMinutes(9)), (_store.All[1].Readings, _store.All[1].LastObservedAt));
        Assert.Equal(2, second.Counted);
    }

    [Fact]
    public async Task A_checkpoint_is_not_finished_until_the_store_has_written_the_intervals()
    {
        var stage = NewStage();
        await stage.ProcessAsync(Minute(0), CancellationToken.None);
        _store.Gate = new TaskCompletionSource();

        var checkpoint = stage.CheckpointAsync(CancellationToken.None);

        Assert.False(checkpoint.IsCompleted);
        Assert.Empty(_store.All);
        _store.Gate.SetResult();
        await await checkpoint;
        Assert.Single(_store.All);
    }

    [Fact]
    public async Task A_failed_write_fails_the_checkpoint_so_the_readings_offsets_are_never_committed()
    {
        var stage = NewStage();
        await stage.ProcessAsync(Minute(0), CancellationToken.None);
        _store.Failure = new IOException("disk full");

        await Assert.ThrowsAsync<IOException>(() => stage.CheckpointAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_links_live_state_is_published_only_once_its_intervals_are_durable()
    {
        var stage = NewStage();
        foreach (var minute in Enumerable.Range(0, 11))
        {
            await stage.ProcessAsync(Minute(minute), CancellationToken.None);
        }

        Assert.False(_board.TryGet(Link, out _));
        await await stage.CheckpointAsync(CancellationToken.None);

        Assert.True(_board.TryGet(Link, out var state));
        Assert.Equal(2, state.ObservationCount);
        Assert.Equal(Start.AddMinutes(10), state.LastObservation!.Value.Timestamp);
        Assert.NotNull(state.TravelTimeIndex);
    }

    [Fact]
    public async Task Messages_that_are_not_readings_of_a_known_road_link_are_ignored()
    {
        var stage = NewStage();

        await stage.ProcessAsync(TrafficRecords.Record(Link, "not json"u8.ToArray()), CancellationToken.None);
        await stage.ProcessAsync(TrafficRecords.Record(TrafficRecords.Reading("link-unknown", Start, 30)), CancellationToken.None);
        await stage.ProcessAsync(TrafficRecords.Record(new SensorReading("aq-001", Start, Quantity.No2, 12)), CancellationToken.None);
        await await stage.CheckpointAsync(CancellationToken.None);

        Assert.Empty(_store.All);
        Assert.Equal(0, stage.Counted);
    }

    private static Confluent.Kafka.ConsumeResult<string, byte[]> Minute(int minute) =>
        TrafficRecords.Record(TrafficRecords.Reading(Link, Start.AddMinutes(minute), 30 + minute));

    private CongestionStage NewStage() => new(
        0, new CityEventDecoder(Catalogue, _clock), _store, Network, _board, new CongestionOptions().Validated(), _clock, NullLogger.Instance);
}
