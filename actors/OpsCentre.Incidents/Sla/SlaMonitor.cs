using Microsoft.Extensions.Logging;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Lifecycle;

namespace OpsCentre.Incidents.Sla;

/// <summary>
/// Escalates incidents that miss their service level: not acknowledged in time → level 1 (supervisor), not resolved
/// in time → level 2 (duty manager). Escalation names its target level, so two nodes checking at once, or a check
/// repeated after a restart, escalate once.
/// </summary>
public sealed class SlaMonitor(IIncidentStore store, IncidentLifecycle lifecycle, SlaOptions options, TimeProvider time, ILogger<SlaMonitor> logger)
{
    public const int SupervisorLevel = 1;
    public const int DutyManagerLevel = 2;

    private static readonly Actor Monitor = Actor.System("sla-monitor");

    /// <summary>One pass over the open incidents; returns the escalations made.</summary>
    public async Task<IReadOnlyList<Incident>> CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = await store.QueryAsync(new IncidentQuery(States: IncidentStates.Open, Limit: IncidentQuery.MaxLimit), cancellationToken).ConfigureAwait(false);
        var escalated = new List<Incident>();
        foreach (var incident in open)
        {
            if (Breach(incident, now) is not { } breach)
            {
                continue;
            }

            var result = await lifecycle.EscalateAsync(incident.IncidentId, Monitor, breach.Reason, cancellationToken, breach.Level).ConfigureAwait(false);
            if (result.Status == LifecycleStatus.Applied)
            {
                logger.LogWarning("{IncidentId} P{Priority} escalated to level {Level}: {Reason}", incident.IncidentId, incident.Priority, breach.Level, breach.Reason);
                escalated.Add(result.Incident!);
            }
        }

        return escalated;
    }

    /// <summary>Checks every <see cref="SlaOptions.CheckEvery"/> until cancelled; a failed pass is logged and retried.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.CheckEvery, time);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await CheckAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "SLA check failed; retrying in {Interval}", options.CheckEvery);
            }
        }
    }

    private (int Level, string Reason)? Breach(Incident incident, DateTimeOffset now)
    {
        var resolveBy = incident.OpenedAt + options.ResolveDeadline(incident.Priority);
        if (now >= resolveBy && incident.EscalationLevel < DutyManagerLevel)
        {
            return (DutyManagerLevel, $"priority {incident.Priority} not resolved within {Describe(options.ResolveDeadline(incident.Priority))} (SLA); escalated to the duty manager");
        }

        var newSince = incident.StateChangedAt ?? incident.OpenedAt;
        if (incident.State == IncidentState.New && now >= newSince + options.AcknowledgeDeadline(incident.Priority) && incident.EscalationLevel < SupervisorLevel)
        {
            return (SupervisorLevel, $"priority {incident.Priority} not acknowledged within {Describe(options.AcknowledgeDeadline(incident.Priority))} (SLA); escalated to the supervisor");
        }

        return null;
    }

    private static string Describe(TimeSpan span) =>
        span.TotalDays >= 1 && span.TotalDays % 1 == 0 ? $"{span.TotalDays:0} d"
        : span.TotalHours >= 1 && span.TotalHours % 1 == 0 ? $"{span.TotalHours:0} h"
        : span.TotalMinutes >= 1 && span.TotalMinutes % 1 == 0 ? $"{span.TotalMinutes:0} min"
        : $"{span.TotalSeconds:0} s";
}
