using Microsoft.Extensions.Logging;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Storage.Congestion;

namespace OpsCentre.Console.Congestion;

/// <summary>Creates the congestion stage of a newly owned traffic partition; each link restores on its first reading.</summary>
public sealed class CongestionStageFactory(
    CityEventDecoder decoder,
    ILinkIntervalStore store,
    CongestionNetwork network,
    LiveCongestionBoard board,
    CongestionOptions options,
    TimeProvider time,
    ILoggerFactory loggers) : IPartitionProcessorFactory
{
    public Task<IPartitionProcessor> CreateAsync(int partition, CancellationToken cancellationToken) =>
        Task.FromResult<IPartitionProcessor>(new CongestionStage(partition, decoder, store, network, board, options, time, loggers.CreateLogger<CongestionStage>()));

    public void Released(int partition)
    {
    }
}
