namespace OpsCentre.Congestion.Tests.Report;

/// <summary>A fact that is reported as skipped, with the reason, when a command-line tool it needs is not on PATH.</summary>
public sealed class FactWhenOnPathAttribute : FactAttribute
{
    public FactWhenOnPathAttribute(string tool)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));
        if (!found)
        {
            Skip = $"'{tool}' is not on PATH";
        }
    }
}
