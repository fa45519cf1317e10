namespace OpsCentre.Cli.Commands;

/// <summary>Finds the shipped data folder: $OPSCENTRE_DATA, else ../shared/data beside the repository.</summary>
internal static class DataFolder
{
    public static string Default()
    {
        if (Environment.GetEnvironmentVariable("OPSCENTRE_DATA") is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OpsCentre.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                }
            }
        }

        return Path.GetFullPath(Path.Combine(Environment.CurrentDirectory, "..", "shared", "data"));
    }
}
