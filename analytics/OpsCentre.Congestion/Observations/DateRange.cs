namespace OpsCentre.Congestion.Observations;

/// <summary>
/// Calendar days from <see cref="First"/> to <see cref="Last"/>, both included, compared on each timestamp's own local
/// date (its clock date at its UTC offset), which is what a traffic team means by "1 to 30 September".
/// </summary>
public sealed record DateRange
{
    public DateRange(DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            throw new ArgumentException($"The range ends ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd}).", nameof(last));
        }

        First = first;
        Last = last;
    }

    public DateOnly First { get; }

    public DateOnly Last { get; }

    public int DayCount => Last.DayNumber - First.DayNumber + 1;

    public static DateRange Unbounded { get; } = new(DateOnly.MinValue, DateOnly.MaxValue);

    public bool Contains(DateTimeOffset timestamp) => Contains(DateOnly.FromDateTime(timestamp.DateTime));

    public bool Contains(DateOnly day) => day >= First && day <= Last;

    public override string ToString() => $"{First:yyyy-MM-dd} to {Last:yyyy-MM-dd}";
}
