namespace OpsCentre.Cli.Commands;

/// <summary>Which city feed a node starts in-process.</summary>
internal enum FeedMode
{
    Simulate,
    None,
}
