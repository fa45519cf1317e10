using System.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpsCentre.Console.Node;
using Spectre.Console;

namespace OpsCentre.Cli.Commands;

/// <summary>
/// opscentre run: the whole system in one process on its embedded defaults (Kafka cluster, SQLite file, simulated
/// city feed), or one node of a larger deployment with --bootstrap-servers and --store.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var node = new NodeCommandOptions();
        var urls = new Option<string>("--urls") { Description = "Where the console listens.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var feed = new Option<FeedMode>("--feed") { Description = "City feed to start in this process: Simulate (Bristol, with injected incidents) or None (readings come from elsewhere; see simulate/replay).", DefaultValueFactory = _ => FeedMode.Simulate };
        var command = new Command("run", "Run the operations centre: Kafka (embedded unless --bootstrap-servers), the pipeline, the city feed and the web console.");
        node.AddTo(command);
        command.Options.Add(urls);
        command.Options.Add(feed);
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = node.Read(result, result.GetValue(urls)!);
            options = options with { City = options.City with { Feed = result.GetValue(feed) } };
            await using var app = await OpsCentreNode.BuildAsync(options, cancellationToken: cancellationToken);
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? options.Urls;
            AnsiConsole.MarkupLineInterpolated($"[green]OpsCentre is running.[/] Console: [link]{address}[/]  (Ctrl+C to stop)");
            await app.WaitForShutdownAsync(cancellationToken);
            return Environment.ExitCode;
        });
        return command;
    }
}
