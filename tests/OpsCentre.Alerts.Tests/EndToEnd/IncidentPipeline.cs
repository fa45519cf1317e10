using System.Text.Json;
using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Delivery;
using OpsCentre.Alerts.Tests.Support;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Correlation;
using OpsCentre.Incidents.Pipeline;
using OpsCentre.Incidents.Publishing;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Alerts.Tests.EndToEnd;

/// <summary>
/// The incident and alert path wired over real Kafka clients against the embedded mock cluster: the correlator stage
/// on ops.anomalies.v1, the alert router on ops.incidents.v1 (each its own consumer group), the lifecycle publishing
/// to ops.incidents.v1, and the delivery worker posting to partner endpoints. Kafka's own loops run on the system
/// clock; everything the domain times (SLAs, acknowledgement deadlines) runs on the harness's hand-moved clock.
/// </summary>
internal sealed class IncidentPipeline : IAsyncDisposable
{
    private readonly List<(PartitionedConsumer Consumer, Task Loop, CancellationTokenSource Stop)> _stages = [];
    private readonly CancellationTokenSource _stopDelivery = new();
    private readonly KafkaPublisher _publisher;
    private readonly DeadLetterPublisher _deadLetters;
    private readonly IncidentObserver _observer = new();
    private Task? _delivery;

    private IncidentPipeline(KafkaConnection kafka, AlertHarness harness, KafkaPublisher publisher)
    {
        Kafka = kafka;
        Harness = harness;
        _publisher = publisher;
        _deadLetters = new DeadLetterPublisher(publisher, TimeProvider.System);
    }

    public KafkaConnection Kafka { get; }

    public AlertHarness Harness { get; }

    public static async Task<IncidentPipeline> StartAsync()
    {
        var kafka = KafkaConnection.Open(new KafkaOptions { EmbeddedBrokers = 1, Partitions = 2, ReplicationFactor = 1 });
        await kafka.EnsureTopicsAsync();
        var publisher = new KafkaPublisher(kafka, "alerts-e2e", NullLogger<KafkaPublisher>.Instance);
        var harness = await AlertHarness.CreateAsync(new KafkaIncidentFeed(publisher, new IncidentObserver()));
        var pipeline = new IncidentPipeline(kafka, harness, publisher);
        pipeline.StartCorrelator("opscentre-incidents");
        pipeline.StartAlertRouter("opscentre-alerts");
        pipeline._delivery = Task.Run(() => harness.NewDeliveryWorker().RunAsync(pipeline._stopDelivery.Token));
        return pipeline;
    }

    /// <summary>Starts a correlator; under a new group id it replays the whole topic, as a node that lost every offset would.</summary>
    public PartitionedConsumer StartCorrelator(string groupId) => Start(groupId, CityTopics.Anomalies, new IncidentStageFactory(
        () => new RuleBasedRaiser(CorrelationRulesFile.LoadDefault(), RoadLinkGraph.Empty),
        Harness.Incidents, _publisher, _deadLetters, _observer, Harness.Time, NullLoggerFactory.Instance));

    public PartitionedConsumer StartAlertRouter(string groupId) => Start(groupId, CityTopics.Incidents, new IncidentAlertStageFactory(Harness.Planning, _deadLetters));

    /// <summary>Stops every consumer (drain, checkpoint, leave the group).</summary>
    public async Task StopConsumersAsync()
    {
        foreach (var (consumer, loop, stop) in _stages)
        {
            await stop.CancelAsync();
            await loop;
            consumer.Dispose();
        }

        _stages.Clear();
    }

    public async Task ProduceAsync(Anomaly anomaly)
    {
        using var producer = new ProducerBuilder<string, byte[]>(Kafka.ProducerConfig("anomaly-injector")).Build();
        await producer.ProduceAsync(CityTopics.Anomalies, new Message<string, byte[]>
        {
            Key = AnomalyRouting.AreaKey(anomaly.Location),
            Value = JsonSerializer.SerializeToUtf8Bytes(anomaly, ContractJson.Default.Anomaly),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await StopConsumersAsync();
        await _stopDelivery.CancelAsync();
        try
        {
            await (_delivery ?? Task.CompletedTask);
        }
        catch (OperationCanceledException)
        {
        }

        _publisher.Dispose();
        await Harness.DisposeAsync();
        Kafka.Dispose();
    }

    private PartitionedConsumer Start(string groupId, string topic, IPartitionProcessorFactory factory)
    {
        var consumer = new PartitionedConsumer(Kafka, groupId, [topic], $"{groupId}-client", factory,
            new PartitionedConsumerOptions { CheckpointInterval = TimeSpan.FromMilliseconds(50) }, TimeProvider.System, NullLogger<PartitionedConsumer>.Instance);
        var stop = new CancellationTokenSource();
        var loop = Task.Factory.StartNew(() => consumer.Run(stop.Token), TaskCreationOptions.LongRunning);
        _stages.Add((consumer, loop, stop));
        return consumer;
    }

    private sealed class IncidentObserver : IIncidentObserver
    {
        public void Changed(IReadOnlyList<Incident> incidents)
        {
        }
    }
}
