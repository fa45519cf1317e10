namespace OpsCentre.Congestion.Data.Aarhus;

/// <summary>How the Aarhus observation files are read.</summary>
public sealed record AarhusLoadOptions
{
    /// <summary>The city's time zone: readings are given its UTC offset, so profiles use local clock time. Default Europe/Copenhagen.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>
    /// Read TIMESTAMP as UTC (default true). The files give no offset, but the data says UTC: on weekdays matched
    /// vehicles climb from 04:00 and fall away after 15:00 as written, i.e. 06:00 and 17:00 Danish summer time, and
    /// the quietest hours are 00–02 as written (02–04 local). Read as local time, Aarhus would commute at 05:00.
    /// Set false for a source that writes local clock time.
    /// </summary>
    public bool TimestampsAreUtc { get; init; } = true;

    /// <summary>
    /// Keep readings where no vehicle was matched (default false). In these files a 5-minute interval with
    /// vehicleCount 0 repeats the previous interval's travel time (or reports 0 s): it is a carried-forward value, not
    /// a measurement, and about two thirds of all rows are like this. Counting them would flatten every profile
    /// towards whatever was last measured, so they are dropped unless asked for.
    /// </summary>
    public bool KeepZeroVehicleReadings { get; init; }
}
