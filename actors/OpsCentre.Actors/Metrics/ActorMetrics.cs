using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using OpsCentre.Actors.DeadLetters;

namespace OpsCentre.Actors.Metrics;

/// <summary>
/// The instruments of one actor system. Hot-path figures (depth, messages processed, handling time) are observable
/// instruments read from the actors when a collector asks, so processing a message never touches the metrics API;
/// rare events (restarts, dead letters, pressure, activations) are counters.
/// </summary>
internal sealed class ActorMetrics : IDisposable
{
    private readonly Meter meter;
    private readonly bool ownsMeter;
    private readonly string systemName;
    private readonly Counter<long> restarts;
    private readonly Counter<long> deadLetters;
    private readonly Counter<long> deadLettersLost;
    private readonly Counter<long> pressure;
    private readonly Counter<long> activations;
    private readonly Counter<long> passivations;
    private readonly Counter<long> deactivations;
    private readonly ConcurrentDictionary<string, Func<int>> entityPopulations = new(StringComparer.Ordinal);

    public ActorMetrics(IMeterFactory? meterFactory, string systemName, Func<IEnumerable<IActorMetricsSource>> liveActors)
    {
        this.systemName = systemName;
        ownsMeter = meterFactory is null;
        // The system tag on the meter keeps two systems sharing one IMeterFactory (which caches meters by name and
        // tags) from registering their instruments on the same meter twice.
        var meterOptions = new MeterOptions(ActorMetricNames.MeterName) { Tags = [new("system", systemName)] };
        meter = meterFactory?.Create(meterOptions) ?? new Meter(meterOptions);

        meter.CreateObservableGauge(
            ActorMetricNames.MailboxDepth,
            () => liveActors().Select(a => new Measurement<long>(a.MailboxDepth, a.Tags)),
            unit: "{message}",
            description: "Messages waiting in the actor's mailbox.");
        meter.CreateObservableCounter(
            ActorMetricNames.MessagesProcessed,
            () => liveActors().Select(a => new Measurement<long>(a.Statistics.Processed, a.Tags)),
            unit: "{message}",
            description: "Messages handed to the actor.");
        meter.CreateObservableGauge(
            ActorMetricNames.ProcessingTime,
            () => liveActors().Select(a => new Measurement<double>(a.Statistics.MeanSecondsPerMessage, a.Tags)),
            unit: "s",
            description: "Moving average of the time the actor spends per message.");
        meter.CreateObservableGauge(
            ActorMetricNames.EntitiesActive,
            () => entityPopulations.Select(p => new Measurement<int>(p.Value(), ShardTags(p.Key))),
            unit: "{entity}",
            description: "Entities active in the shard.");

        restarts = meter.CreateCounter<long>(ActorMetricNames.Restarts, "{restart}", "Restarts decided by supervisors.");
        deadLetters = meter.CreateCounter<long>(ActorMetricNames.DeadLetters, "{message}", "Messages not processed.");
        deadLettersLost = meter.CreateCounter<long>(
            ActorMetricNames.DeadLettersLost, "{message}", "Dead letters lost because the sink threw.");
        pressure = meter.CreateCounter<long>(
            ActorMetricNames.MailboxPressure, "{event}", "Times a mailbox rose above its soft limit.");
        activations = meter.CreateCounter<long>(ActorMetricNames.EntityActivations, "{entity}", "Entity activations.");
        passivations = meter.CreateCounter<long>(
            ActorMetricNames.EntityPassivations, "{entity}", "Entities passivated after being idle.");
        deactivations = meter.CreateCounter<long>(
            ActorMetricNames.EntityDeactivations, "{entity}", "Entities deactivated on demand, on stop or on failure.");
    }

    public KeyValuePair<string, object?>[] ActorTags(string actorName) =>
        [new("system", systemName), new("actor", actorName)];

    public void RecordRestart(string actorName) => restarts.Add(1, ActorTagList(actorName));

    public void RecordDeadLetter(string recipient, DeadLetterReason reason)
    {
        var tags = ActorTagList(recipient);
        tags.Add("reason", reason.ToString());
        deadLetters.Add(1, tags);
    }

    public void RecordDeadLetterLost(string recipient) => deadLettersLost.Add(1, ActorTagList(recipient));

    public void RecordPressure(string actorName) => pressure.Add(1, ActorTagList(actorName));

    public void RecordActivation(string shard) => activations.Add(1, ShardTagList(shard));

    public void RecordPassivation(string shard) => passivations.Add(1, ShardTagList(shard));

    public void RecordDeactivation(string shard, string reason)
    {
        var tags = ShardTagList(shard);
        tags.Add("reason", reason);
        deactivations.Add(1, tags);
    }

    public void TrackEntityPopulation(string shard, Func<int> activeCount) => entityPopulations[shard] = activeCount;

    public void StopTrackingEntityPopulation(string shard) => entityPopulations.TryRemove(shard, out _);

    public void Dispose()
    {
        if (ownsMeter)
        {
            meter.Dispose();
        }
    }

    private TagList ActorTagList(string actorName) => new() { { "system", systemName }, { "actor", actorName } };

    private TagList ShardTagList(string shard) => new() { { "system", systemName }, { "shard", shard } };

    private KeyValuePair<string, object?>[] ShardTags(string shard) => [new("system", systemName), new("shard", shard)];
}
