using System.CommandLine;

namespace OpsCentre.Cli.Commands;

/// <summary>Every top-level command, in the order --help lists them.</summary>
internal static class CommandCatalogue
{
    public static IEnumerable<Command> All()
    {
        yield return RunCommand.Create();
        yield return SimulateCommand.Create();
        yield return ReplayCommand.Create();

        var bench = new Command("bench", "Measure the system: detector quality on NAB, pipeline throughput through Kafka.");
        bench.Subcommands.Add(BenchNabCommand.Create());
        bench.Subcommands.Add(BenchPipelineCommand.Create());
        yield return bench;

        var report = new Command("report", "Write reports for people: HTML with charts, and CSV tables.");
        report.Subcommands.Add(ReportCongestionCommand.Create());
        yield return report;
    }
}
