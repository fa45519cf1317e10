namespace OpsCentre.Assets.State;

/// <summary>
/// The offset of the last record an asset applied, per input topic. It travels in the asset's snapshot, so after a
/// crash the records Kafka replays (everything after the last committed offset) are applied only to the assets that
/// had not applied them yet: the snapshot and the offsets it covers can never disagree, whatever was committed.
/// </summary>
public sealed class InputPositions
{
    // Nearly every asset reports on one topic; an array of pairs beats a dictionary at that size.
    private (string Topic, long Offset)[] _positions = [];

    public IReadOnlyList<(string Topic, long Offset)> All => _positions;

    /// <summary>Whether the record at <paramref name="offset"/> of <paramref name="topic"/> was already applied.</summary>
    public bool Covers(string topic, long offset)
    {
        foreach (var (known, applied) in _positions)
        {
            if (string.Equals(known, topic, StringComparison.Ordinal))
            {
                return offset <= applied;
            }
        }

        return false;
    }

    /// <summary>Records <paramref name="offset"/> as the last applied record of <paramref name="topic"/>.</summary>
    public void Advance(string topic, long offset)
    {
        for (var i = 0; i < _positions.Length; i++)
        {
            if (string.Equals(_positions[i].Topic, topic, StringComparison.Ordinal))
            {
                _positions[i].Offset = Math.Max(_positions[i].Offset, offset);
                return;
            }
        }

        _positions = [.. _positions, (topic, offset)];
    }
}
