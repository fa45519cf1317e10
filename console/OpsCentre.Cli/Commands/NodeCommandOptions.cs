using System.CommandLine;
using OpsCentre.Console.Node;
using OpsCentre.Kafka;

namespace OpsCentre.Cli.Commands;

/// <summary>The options every command that talks to Kafka or the store shares, with their defaults.</summary>
internal sealed class NodeCommandOptions
{
    public Option<string?> BootstrapServers { get; } = new("--bootstrap-servers")
    {
        Description = "Kafka bootstrap servers (host:port,...). Default: start an embedded 3-broker cluster in this process.",
    };

    public Option<string?> Store { get; } = new("--store")
    {
        Description = "SQLite file path or postgres://user:password@host:port/db. Default: var/opscentre.db.",
    };

    public Option<int> Partitions { get; } = new("--partitions")
    {
        Description = "Partitions per topic when creating topics (1-256).",
        DefaultValueFactory = _ => 6,
    };

    public Option<string?> NodeId { get; } = new("--node-id")
    {
        Description = "Name of this node in logs, metrics and Kafka client ids. Default: host name + process id.",
    };

    public Option<string?> Data { get; } = new("--data")
    {
        Description = "Folder with the shipped third-party data. Default: ../shared/data beside the repository.",
    };

    public NodeCommandOptions()
    {
        Partitions.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 1 or > 256)
            {
                result.AddError($"--partitions must be 1..256 (got {value})");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Options.Add(BootstrapServers);
        command.Options.Add(Store);
        command.Options.Add(Partitions);
        command.Options.Add(NodeId);
        command.Options.Add(Data);
    }

    public NodeOptions Read(ParseResult result, string urls, bool runPipeline = true)
    {
        var defaults = new NodeOptions();
        return new NodeOptions
        {
            NodeId = result.GetValue(NodeId) ?? defaults.NodeId,
            Urls = urls,
            Store = result.GetValue(Store),
            DataRoot = result.GetValue(Data) ?? DataFolder.Default(),
            RunPipeline = runPipeline,
            Kafka = new KafkaOptions
            {
                BootstrapServers = result.GetValue(BootstrapServers),
                Partitions = result.GetValue(Partitions),
            },
        };
    }
}
