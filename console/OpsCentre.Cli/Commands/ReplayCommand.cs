using System.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpsCentre.Console.Feeds;
using OpsCentre.Console.Node;
using Spectre.Console;

namespace OpsCentre.Cli.Commands;

/// <summary>
/// opscentre replay: a node (pipeline + console) fed by real data files instead of the simulator, faster than
/// they were recorded. The files' assets (Aarhus road segments, Barcelona stations) are registered on start.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var node = new NodeCommandOptions();
        var urls = new Option<string>("--urls") { Description = "Where the console listens.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var sources = new Option<string[]>("--sources")
        {
            Description = $"Files to replay, merged in time order: {string.Join(", ", ReplaySources.Names)}.",
            DefaultValueFactory = _ => ["nab-traffic"],
            AllowMultipleArgumentsPerToken = true,
        };
        var speed = new Option<double>("--speed") { Description = "Times faster than recorded (1-10,000,000).", DefaultValueFactory = _ => 600 };
        var command = new Command("replay", "Run the operations centre on replayed real data (NAB traffic, Aarhus, I-94, Barcelona air) instead of the simulator.");
        node.AddTo(command);
        foreach (var option in new Option[] { urls, sources, speed })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, cancellationToken) =>
        {
            var options = node.Read(result, result.GetValue(urls)!);
            var names = result.GetValue(sources)!.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            options = options with { City = options.City with { Feed = FeedMode.Replay, ReplaySources = names, ReplaySpeed = result.GetValue(speed) } };
            await using var app = await OpsCentreNode.BuildAsync(options, cancellationToken: cancellationToken);
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? options.Urls;
            AnsiConsole.MarkupLineInterpolated($"[green]Replaying {string.Join(", ", names)} at {result.GetValue(speed)}x.[/] Console: [link]{address}[/]  (Ctrl+C to stop)");
            await app.WaitForShutdownAsync(cancellationToken);
            return Environment.ExitCode;
        });
        return command;
    }
}
