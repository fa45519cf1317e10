using System.Diagnostics;
using System.Text;
using OpsCentre.Tests;

namespace OpsCentre.Scaling.Tests.Support;

/// <summary>
/// A node as its own process (<c>opscentre run</c>), so it can be killed the way a machine dies: no drain, no
/// checkpoint, no commit, no leaving the group. Its output is kept for the failure message.
/// </summary>
internal sealed class NodeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private NodeProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public static NodeProcess Start(string name, string bootstrapServers, string store)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            Cli(), "run", "--bootstrap-servers", bootstrapServers, "--store", store, "--feed", "None", "--urls", "http://127.0.0.1:0",
            "--node-id", name, "--partitions", ScalingCluster.Partitions.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", TestData.DataRoot,
        })
        {
            start.ArgumentList.Add(argument);
        }

        return new NodeProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start opscentre run"));
    }

    /// <summary>SIGKILL: the process gets no chance to do anything.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    /// <summary>The CLI built beside this test assembly's configuration (the project reference builds it).</summary>
    private static string Cli()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(TestData.RepoRoot, "console", "OpsCentre.Cli", "bin", configuration, "net10.0", "opscentre.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"the opscentre CLI is not built at {path}", path);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            // Keep the tail: it holds the cause of a failure.
            if (_log.Length > 200_000)
            {
                _log.Remove(0, 100_000);
            }

            _log.AppendLine(line);
        }
    }
}
