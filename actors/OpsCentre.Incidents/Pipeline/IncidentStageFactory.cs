using Microsoft.Extensions.Logging;
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
    TimeProvider time,
    ILoggerFactory loggers) : IPartitionProcessorFactory
{
    public async Task<IPartitionProcessor> CreateAsync(int partition, CancellationToken cancellationToken)
    {
        var raiser = newRaiser();
        var open = await store.QueryAsync(new IncidentQuery(States: IncidentStates.Open, Limit: IncidentQuery.MaxLimit), cancellationToken).ConfigureAwait(false);
        raiser.Restore(open);
        return new IncidentStage(partition, raiser, new CorrelatorWrites(store, time), store, publisher, deadLetters, observer, time, loggers.CreateLogger<IncidentStage>());
    }

    public void Released(int partition)
    {
    }
}
