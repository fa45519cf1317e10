using OpsCentre.Detection.Nab;

namespace OpsCentre.Detection.Tests.Nab;

public class NabLabelsTests
{
    [Fact]
    public void Window_edges_map_to_the_first_row_with_that_timestamp()
    {
        var times = TinyCorpus.EveryFiveMinutes(100);
        times[41] = times[40]; // a repeated timestamp, as in occupancy_t4013
        using var corpus = new TinyCorpus(("cat/file.csv", times, [(40, 60)]));

        var file = NabCorpus.Load(corpus.Root).Files.Single();

        Assert.Equal(new RowWindow(40, 60), file.Windows.Single());
    }

    [Fact]
    public void Probation_is_fifteen_percent_capped_at_750_rows()
    {
        using var small = new TinyCorpus(("a/small.csv", TinyCorpus.EveryFiveMinutes(1127), []));
        using var large = new TinyCorpus(("a/large.csv", TinyCorpus.EveryFiveMinutes(6000), []));

        Assert.Equal(169, NabCorpus.Load(small.Root).Files.Single().ProbationaryRows);
        Assert.Equal(750, NabCorpus.Load(large.Root).Files.Single().ProbationaryRows);
    }

    [Fact]
    public void A_data_file_missing_from_the_labels_is_reported_by_name()
    {
        using var corpus = new TinyCorpus(("cat/file.csv", TinyCorpus.EveryFiveMinutes(10), []));
        File.Copy(Path.Combine(corpus.Root, "data", "cat", "file.csv"), Path.Combine(corpus.Root, "data", "cat", "other.csv"));

        var error = Assert.Throws<InvalidDataException>(() => NabCorpus.Load(corpus.Root));

        Assert.Contains("cat/other.csv", error.Message);
    }

    [Fact]
    public void A_folder_without_labels_is_not_a_corpus()
    {
        using var corpus = new TinyCorpus(("cat/file.csv", TinyCorpus.EveryFiveMinutes(10), []));
        File.Delete(Path.Combine(corpus.Root, "labels", "combined_windows.json"));

        Assert.Throws<FileNotFoundException>(() => NabCorpus.Load(corpus.Root));
    }
}
