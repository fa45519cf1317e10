using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using OpsCentre.Actors.Metrics;

namespace OpsCentre.Actors.Tests.Support;

/// <summary>Listens to the "OpsCentre.Actors" meter of one actor system and keeps what it measures.</summary>
public sealed class MetricReadings : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, string?> Tags)> readings = new();

    public MetricReadings(ActorSystem system)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ActorMetricNames.MeterName
                && instrument.Meter.Tags?.Any(t => t.Key == "system" && Equals(t.Value, system.Name)) == true)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Keep(i, value, tags));
        listener.SetMeasurementEventCallback<int>((i, value, tags, _) => Keep(i, value, tags));
        listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Keep(i, value, tags));
        listener.Start();
    }

    /// <summary>Sum of a counter's increments whose tags include all of <paramref name="tags"/>.</summary>
    public double Sum(string instrument, params (string Key, string Value)[] tags) =>
        Matching(instrument, tags).Sum(r => r.Value);

    /// <summary>The latest value an observable instrument reports for the tags, read now.</summary>
    public double Observe(string instrument, params (string Key, string Value)[] tags)
    {
        var before = readings.Count;
        listener.RecordObservableInstruments();
        return Matching(instrument, tags, skip: before).Last().Value;
    }

    public void Dispose() => listener.Dispose();

    private IEnumerable<(string Instrument, double Value, Dictionary<string, string?> Tags)> Matching(
        string instrument, (string Key, string Value)[] tags, int skip = 0) =>
        readings.Skip(skip).Where(r => r.Instrument == instrument
                            && tags.All(t => r.Tags.TryGetValue(t.Key, out var v) && v == t.Value));

    private void Keep<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var tagMap = new Dictionary<string, string?>();
        foreach (var tag in tags)
        {
            tagMap[tag.Key] = tag.Value?.ToString();
        }

        readings.Enqueue((instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), tagMap));
    }
}
