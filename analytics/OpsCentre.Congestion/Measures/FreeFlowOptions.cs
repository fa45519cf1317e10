namespace OpsCentre.Congestion.Measures;

/// <summary>How free-flow travel time is estimated from a link's own readings.</summary>
/// <param name="QuietHoursStart">
/// First local hour of the quiet period (default 22). Quiet hours may wrap past midnight. Range [0, 23].
/// </param>
/// <param name="QuietHoursEnd">First local hour after the quiet period (default 6, so 22:00–05:59). Range [0, 23], not equal to the start.</param>
/// <param name="TravelTimePercentile">
/// Free-flow travel time is this percentile of quiet-hour travel times (default 0.15), i.e. the 85th percentile speed,
/// the usual definition of free-flow speed in traffic engineering; it sheds the odd slow night-time vehicle
/// (a bus stopping, a cyclist) without being set by the fastest one. Range (0, 0.5].
/// </param>
/// <param name="MinimumQuietSamples">
/// Fewer quiet-hour readings than this (default 12, an hour of 5-minute data) and the estimate falls back to the same
/// percentile over all readings, flagged as such. Range [1, 100000].
/// </param>
public sealed record FreeFlowOptions(
    int QuietHoursStart = 22,
    int QuietHoursEnd = 6,
    double TravelTimePercentile = 0.15,
    int MinimumQuietSamples = 12)
{
    public void Validate()
    {
        if (QuietHoursStart is < 0 or > 23)
        {
            throw new ArgumentOutOfRangeException(nameof(QuietHoursStart), QuietHoursStart, "Quiet hours start must be an hour within [0, 23].");
        }

        if (QuietHoursEnd is < 0 or > 23 || QuietHoursEnd == QuietHoursStart)
        {
            throw new ArgumentOutOfRangeException(
                nameof(QuietHoursEnd), QuietHoursEnd, "Quiet hours end must be an hour within [0, 23] and differ from the start.");
        }

        if (!(TravelTimePercentile > 0 && TravelTimePercentile <= 0.5))
        {
            throw new ArgumentOutOfRangeException(
                nameof(TravelTimePercentile), TravelTimePercentile, "Free-flow travel-time percentile must be within (0, 0.5].");
        }

        if (MinimumQuietSamples is < 1 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MinimumQuietSamples), MinimumQuietSamples, "Minimum quiet samples must be within [1, 100000].");
        }
    }

    public bool IsQuietHour(int hourOfDay) =>
        QuietHoursStart < QuietHoursEnd
            ? hourOfDay >= QuietHoursStart && hourOfDay < QuietHoursEnd
            : hourOfDay >= QuietHoursStart || hourOfDay < QuietHoursEnd;
}
