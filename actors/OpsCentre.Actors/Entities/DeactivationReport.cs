namespace OpsCentre.Actors.Entities;

/// <summary>
/// The outcome of deactivating a set of entities. When <see cref="AllFlushed"/> is true every entity's
/// deactivation hook (by default: write its dirty state) completed, so the offsets covering them may be committed.
/// </summary>
public sealed record DeactivationReport(int Deactivated, IReadOnlyList<string> FailedKeys)
{
    public static DeactivationReport None { get; } = new(0, []);

    public bool AllFlushed => FailedKeys.Count == 0;

    public static DeactivationReport Combine(IEnumerable<DeactivationReport> reports)
    {
        var all = reports.ToArray();
        return new DeactivationReport(all.Sum(r => r.Deactivated), [.. all.SelectMany(r => r.FailedKeys)]);
    }
}
