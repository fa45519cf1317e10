namespace OpsCentre.Actors.Metrics;

/// <summary>What metric collection reads from a live actor.</summary>
internal interface IActorMetricsSource
{
    long MailboxDepth { get; }

    ProcessingStatistics Statistics { get; }

    /// <summary>The <c>system</c> and <c>actor</c> tags, allocated once per actor.</summary>
    KeyValuePair<string, object?>[] Tags { get; }
}
