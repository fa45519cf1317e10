using System.CommandLine;

namespace OpsCentre.Cli.Commands;

/// <summary>Every top-level command, in the order --help lists them.</summary>
internal static class CommandCatalogue
{
    public static IEnumerable<Command> All()
    {
        yield return RunCommand.Create();
    }
}
