namespace OpsCentre.Tests;

/// <summary>
/// Locates the repository and the shared third-party data set (../shared/data beside the clone) from any test
/// project's output folder, so tests run the same from an IDE, `dotnet test` or CI's fresh clone.
/// OPSCENTRE_DATA overrides the data folder.
/// </summary>
public static class TestData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string DataRoot { get; } =
        Environment.GetEnvironmentVariable("OPSCENTRE_DATA") is { Length: > 0 } fromEnv
            ? Path.GetFullPath(fromEnv)
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    public static string File(params string[] parts) => Path.Combine([DataRoot, .. parts]);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "OpsCentre.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"OpsCentre.sln not found above {AppContext.BaseDirectory}");
    }
}
