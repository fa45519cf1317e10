using System.Globalization;
using System.Text.Json;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Ingest.Interop.Sentilo;

/// <summary>
/// Maps a Sentilo observation body (<c>PUT /data/{provider}/{sensor}</c>:
/// <c>{"observations":[{"value":"12.3","timestamp":"17/09/2012T12:34:45"}]}</c>) to sensor readings. Values are
/// strings in Sentilo; non-numeric ones are skipped. An observation without a timestamp is stamped with the time it
/// is received, as the Sentilo server itself does; Sentilo timestamps without a zone are UTC.
/// </summary>
public sealed class SentiloObservationAdapter(IReadOnlyDictionary<string, SentiloSensor> sensors, TimeProvider clock)
{
    private static readonly string[] TimestampFormats = ["dd/MM/yyyy'T'HH:mm:ss", "dd/MM/yyyy'T'HH:mm:ss.fff"];

    public InteropTranslation Translate(string sensorId, ReadOnlySpan<byte> body)
    {
        if (!sensors.TryGetValue(sensorId, out var sensor))
        {
            return InteropTranslation.Nothing("the Sentilo sensor has no asset mapping");
        }

        using var document = JsonPayload.ParseObject(body, "body", out var failure);
        if (document is null)
        {
            return InteropTranslation.Nothing(failure!);
        }

        if (!document.RootElement.TryGetProperty("observations", out var observations) || observations.ValueKind != JsonValueKind.Array)
        {
            return InteropTranslation.Nothing("the body has no observations array");
        }

        var received = clock.GetUtcNow();
        var events = new List<CityEvent>();
        var notes = new List<string>();
        foreach (var observation in observations.EnumerateArray())
        {
            if (JsonFields.Number(observation, "value") is not { } value)
            {
                notes.Add("an observation value is not a number");
                continue;
            }

            var at = received;
            if (JsonFields.String(observation, "timestamp") is { } stamp)
            {
                if (!DateTime.TryParseExact(stamp, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                {
                    notes.Add("an observation timestamp is not dd/MM/yyyyTHH:mm:ss");
                    continue;
                }

                at = new DateTimeOffset(parsed, TimeSpan.Zero);
            }

            events.Add(new SensorReading(sensor.AssetId, at, sensor.Quantity, value));
        }

        return new InteropTranslation(events, [], notes);
    }
}
