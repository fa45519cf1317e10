using System.ComponentModel;
using System.Diagnostics;

namespace OpsCentre.Charts.Png;

/// <summary>
/// Converts SVG files to PNG with <c>rsvg-convert</c> (Debian package librsvg2-bin): no managed rasteriser
/// (SkiaSharp, ImageSharp) is installable here. When the tool is missing the result says so instead of throwing,
/// so callers can carry on with the SVG alone.
/// </summary>
public sealed class PngRenderer(string executable = "rsvg-convert")
{
    public async Task<PngRenderResult> ConvertAsync(string svgPath, string pngPath, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--format=png");
        start.ArgumentList.Add("--output");
        start.ArgumentList.Add(pngPath);
        start.ArgumentList.Add(svgPath);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception($"{executable} did not start");
        }
        catch (Win32Exception)
        {
            return PngRenderResult.ToolMissing(executable);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0
                ? PngRenderResult.Written(pngPath)
                : PngRenderResult.Failed($"{executable} exited with {process.ExitCode}: {(await stderr).Trim()}");
        }
    }
}
