using System.CommandLine;
using OpsCentre.Cli.Commands;

var root = new RootCommand("OpsCentre: a smart-city operations centre. Kafka carries traffic, CCTV-analytics and sensor streams " +
                           "into pipelines that detect anomalies, raise incidents, alert partners and feed a live control-room console.");
foreach (var command in CommandCatalogue.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
