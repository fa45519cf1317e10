using OpsCentre.Contracts.Assets;
using OpsCentre.Ingest.Assets;

namespace OpsCentre.Ingest.Tests.Assets;

public sealed class AssetDirectoryTests
{
    private static readonly GeoPoint Bristol = new(51.45, -2.59);

    [Fact]
    public void Concurrent_registrations_of_one_id_admit_exactly_one()
    {
        var directory = new AssetDirectory();

        var admitted = Enumerable.Range(0, 64)
            .AsParallel()
            .Select(i => directory.TryRegister(new AssetDescriptor("cam-race", AssetKind.Camera, $"attempt {i}", Bristol)))
            .Count(ok => ok);

        Assert.Equal(1, admitted);
        Assert.Equal(1, directory.Count);
    }

    [Fact]
    public void Concurrent_registrations_of_different_ids_are_all_kept()
    {
        var directory = new AssetDirectory();

        Parallel.For(0, 1_000, i => directory.TryRegister(new AssetDescriptor($"light-{i}", AssetKind.Streetlight, "lamp", Bristol)));

        Assert.Equal(1_000, directory.Count);
        Assert.All(Enumerable.Range(0, 1_000), i => Assert.True(directory.TryGet($"light-{i}", out _)));
    }

    [Fact]
    public void Id_that_does_not_match_its_kind_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new AssetDirectory().TryRegister(new AssetDescriptor("cam-1", AssetKind.RoadLink, "x", Bristol)));

        Assert.Contains("'cam-1' does not fit the grammar for RoadLink ('link-'", error.Message);
    }

    [Fact]
    public void Invalid_location_is_refused() =>
        Assert.Throws<ArgumentException>(() => new AssetDirectory().TryRegister(new AssetDescriptor("cam-1", AssetKind.Camera, "x", new GeoPoint(91, 0))));

    [Fact]
    public void Duplicate_ids_in_the_initial_set_are_refused() =>
        Assert.Throws<ArgumentException>(() => new AssetDirectory(
        [
            new AssetDescriptor("cam-1", AssetKind.Camera, "x", Bristol),
            new AssetDescriptor("cam-1", AssetKind.Camera, "y", Bristol),
        ]));
}
