using Microsoft.Extensions.Logging;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Raising;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Incidents.Pipeline;

/// <summary>
/// Creates the correlator for a newly owned anomalies partition, restoring the open incidents it may extend from
/// the store before any anomaly is processed.
/// </summary>
public sealed class IncidentStageFactory(
    Func<IIncidentRaiser> newRaiser,
    IIncidentStore store,
    KafkaPublisher publisher,
    DeadLetterPublisher deadLetters,
    IIncidentObserver observer,
    ILoggerFactory loggers) : IPartitionProcessorFactory
{
    private static readonly IReadOnlySet<IncidentState> Open = new HashSet<IncidentState>
    {
        IncidentState.New, IncidentState.Acknowledged, IncidentState.Assigned,
    };

    public async Task<IPartitionProcessor> CreateAsync(int partition, CancellationToken cancellationToken)
    {
        var raiser = newRaiser();
        var open = await store.QueryAsync(new IncidentQuery(States: Open, Limit: IncidentQuery.MaxLimit), cancellationToken).ConfigureAwait(false);
        raiser.Restore(open);
        return new IncidentStage(partition, raiser, store, publisher, deadLetters, observer, loggers.CreateLogger<IncidentStage>());
    }

    public void Released(int partition)
    {
    }
}
