using System.Collections.Concurrent;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Publishing;

namespace OpsCentre.Incidents.Tests.Support;

/// <summary>An in-process incident feed that keeps what was published, in order, for assertions.</summary>
internal sealed class RecordingIncidentFeed : IIncidentFeed
{
    private readonly ConcurrentQueue<Incident> _published = new();

    public IReadOnlyList<Incident> Published => [.. _published];

    public Task PublishAsync(IReadOnlyList<Incident> incidents, CancellationToken cancellationToken)
    {
        foreach (var incident in incidents)
        {
            _published.Enqueue(incident);
        }

        return Task.CompletedTask;
    }
}
