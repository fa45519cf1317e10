using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Alerts.Alerting;

/// <summary>Creates the alert router for a newly owned ops.incidents.v1 partition; its state is all in the store.</summary>
public sealed class IncidentAlertStageFactory(AlertPlanning planning, DeadLetterPublisher deadLetters) : IPartitionProcessorFactory
{
    public Task<IPartitionProcessor> CreateAsync(int partition, CancellationToken cancellationToken) =>
        Task.FromResult<IPartitionProcessor>(new IncidentAlertStage(partition, planning, deadLetters));

    public void Released(int partition)
    {
    }
}
