namespace OpsCentre.Charts.Png;

public enum PngRenderOutcome
{
    Written,
    ToolMissing,
    Failed,
}

/// <summary>What happened to one SVG-to-PNG conversion, with a message fit to show a user.</summary>
public sealed record PngRenderResult(PngRenderOutcome Outcome, string Message)
{
    public static PngRenderResult Written(string path) => new(PngRenderOutcome.Written, $"wrote {path}");

    public static PngRenderResult ToolMissing(string executable) => new(
        PngRenderOutcome.ToolMissing,
        $"PNG skipped: '{executable}' was not found (install the Debian package librsvg2-bin); the SVG charts were written.");

    public static PngRenderResult Failed(string message) => new(PngRenderOutcome.Failed, message);
}
