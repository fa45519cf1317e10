namespace OpsCentre.Console.Node;

/// <summary>The node's consumer stages and the groups they join.</summary>
public static class PipelineStages
{
    /// <summary>city.* → decode → asset shards → ops.anomalies.v1.</summary>
    public const string City = "city";

    /// <summary>ops.anomalies.v1 → correlation → incidents (store + ops.incidents.v1).</summary>
    public const string Incidents = "incidents";

    /// <summary>city.traffic.v1 → link intervals (store) and each link's live congestion state.</summary>
    public const string Congestion = "congestion";

    public static string GroupOf(string stage, string baseGroup) => stage == City ? baseGroup : $"{baseGroup}-{stage}";
}
