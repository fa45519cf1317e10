using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace OpsCentre.Console.Metrics;

/// <summary>
/// Serves every OpsCentre.* meter (System.Diagnostics.Metrics) as Prometheus text exposition format 0.0.4 on
/// /metrics. Counters become *_total, gauges stay as they are, histograms are summarised as _sum and _count: enough
/// for dashboards without pulling in an exporter package the mirror does not serve.
/// </summary>
public sealed class PrometheusExposition : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Name, string Labels), Series> _series = new();

    public PrometheusExposition()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name.StartsWith("OpsCentre", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    public string Render()
    {
        _listener.RecordObservableInstruments();
        var text = new StringBuilder();
        foreach (var group in _series.OrderBy(s => s.Key.Name, StringComparer.Ordinal).GroupBy(s => s.Key.Name))
        {
            var first = group.First().Value;
            text.Append("# HELP ").Append(group.Key).Append(' ').Append(first.Help).Append('\n');
            text.Append("# TYPE ").Append(group.Key).Append(' ').Append(first.Kind).Append('\n');
            foreach (var (key, series) in group)
            {
                if (series.Kind == "summary")
                {
                    text.Append(group.Key).Append("_sum").Append(key.Labels).Append(' ').Append(Format(series.Sum)).Append('\n');
                    text.Append(group.Key).Append("_count").Append(key.Labels).Append(' ').Append(Format(series.Count)).Append('\n');
                }
                else
                {
                    text.Append(group.Key).Append(key.Labels).Append(' ').Append(Format(series.Value)).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var (name, kind) = instrument switch
        {
            Counter<long> or Counter<int> or Counter<double> or ObservableCounter<long> or ObservableCounter<double> => (MetricName(instrument) + "_total", "counter"),
            Histogram<long> or Histogram<int> or Histogram<double> => (MetricName(instrument), "summary"),
            _ => (MetricName(instrument), "gauge"),
        };
        var series = _series.GetOrAdd((name, Labels(tags)), _ => new Series(kind, instrument.Description ?? instrument.Name));
        lock (series)
        {
            switch (instrument)
            {
                case ObservableCounter<long> or ObservableCounter<double> or ObservableGauge<long> or ObservableGauge<int> or ObservableGauge<double> or Gauge<long> or Gauge<double>:
                    series.Value = value;
                    break;
                case Histogram<long> or Histogram<int> or Histogram<double>:
                    series.Sum += value;
                    series.Count++;
                    break;
                default:
                    series.Value += value;
                    break;
            }
        }
    }

    private static string MetricName(Instrument instrument)
    {
        var name = instrument.Name.Replace('.', '_').Replace('-', '_');
        return instrument.Unit is { Length: > 0 } unit && unit != "{count}" ? $"{name}_{unit.Trim('{', '}')}" : name;
    }

    private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return string.Empty;
        }

        var parts = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            var value = Convert.ToString(tag.Value, CultureInfo.InvariantCulture)?.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");
            parts.Add($"{tag.Key.Replace('.', '_')}=\"{value}\"");
        }

        parts.Sort(StringComparer.Ordinal);
        return "{" + string.Join(",", parts) + "}";
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private sealed class Series(string kind, string help)
    {
        public string Kind { get; } = kind;

        public string Help { get; } = help;

        public double Value { get; set; }

        public double Sum { get; set; }

        public long Count { get; set; }
    }
}
