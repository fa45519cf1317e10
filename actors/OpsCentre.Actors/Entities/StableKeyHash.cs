namespace OpsCentre.Actors.Entities;

/// <summary>FNV-1a over the key's UTF-16 code units: cheap, and identical in every process and run.</summary>
internal static class StableKeyHash
{
    public static int ShardOf(string key, int shardCount)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)shardCount);
    }
}
