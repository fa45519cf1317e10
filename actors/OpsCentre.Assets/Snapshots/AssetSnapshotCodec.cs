using System.Buffers;
using System.Text.Json;
using OpsCentre.Assets.State;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Assets.Snapshots;

/// <summary>
/// The binary form of an asset's snapshot, the same bytes in the store and on the changelog topic. Compact because
/// a checkpoint writes every asset that changed: readings are a first timestamp and varint deltas in the coarsest
/// unit that keeps them exact (a one-minute cadence costs one byte a reading), values are raw doubles so a rebuilt
/// detector sees exactly what the original saw. The summary comes first, so it can be read on its own.
/// </summary>
/// <remarks>Format 1. A change of layout takes a new format byte and keeps reading the old one.</remarks>
internal static class AssetSnapshotCodec
{
    private const byte Format = 1;
    private const int MaxItems = 1 << 16;

    /// <summary>Encodes <paramref name="asset"/> as it is now, with the anomalies it still holds as unconfirmed.</summary>
    public static byte[] Encode(AssetEntity asset, SnapshotWriter writer)
    {
        writer.Reset();
        var unconfirmed = asset.Unconfirmed;
        WriteSummary(writer, asset, unconfirmed.Count > 0);

        var gaps = asset.Cadence.Gaps;
        writer.VarUInt((ulong)gaps.Count);
        foreach (var gap in gaps)
        {
            writer.VarUInt((ulong)gap.Ticks);
        }

        writer.VarUInt((ulong)asset.Positions.All.Count);
        foreach (var (topic, offset) in asset.Positions.All)
        {
            writer.String(topic);
            writer.VarInt(offset);
        }

        writer.VarUInt((ulong)asset.Signals.Count);
        foreach (var track in asset.Signals.Values)
        {
            WriteSignal(writer, track);
        }

        writer.Bool(asset.Camera is not null);
        if (asset.Camera is { } camera)
        {
            WriteCamera(writer, camera);
        }

        writer.VarUInt((ulong)unconfirmed.Count);
        foreach (var pending in unconfirmed)
        {
            writer.Bytes(JsonSerializer.SerializeToUtf8Bytes(pending.Anomaly, ContractJson.Default.Anomaly));
        }

        return writer.ToArray();
    }

    public static AssetSummary ReadSummary(ReadOnlySpan<byte> snapshot)
    {
        var reader = new SnapshotReader(snapshot);
        return ReadSummary(ref reader);
    }

    public static AssetSnapshot Decode(ReadOnlySpan<byte> snapshot)
    {
        var reader = new SnapshotReader(snapshot);
        var summary = ReadSummary(ref reader);

        var gaps = new TimeSpan[reader.Count(MaxItems)];
        for (var i = 0; i < gaps.Length; i++)
        {
            gaps[i] = TimeSpan.FromTicks((long)reader.VarUInt());
        }

        var positions = new (string, long)[reader.Count(MaxItems)];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = (reader.String(), reader.VarInt());
        }

        var signals = new SignalSnapshot[reader.Count(MaxItems)];
        for (var i = 0; i < signals.Length; i++)
        {
            signals[i] = ReadSignal(ref reader);
        }

        var camera = reader.Bool() ? ReadCamera(ref reader) : null;
        var unconfirmed = new Anomaly[reader.Count(MaxItems)];
        for (var i = 0; i < unconfirmed.Length; i++)
        {
            unconfirmed[i] = JsonSerializer.Deserialize(reader.Bytes(), ContractJson.Default.Anomaly)
                ?? throw new InvalidDataException("asset snapshot: an unconfirmed anomaly is null");
        }

        return new AssetSnapshot(summary, gaps, positions, signals, camera, unconfirmed);
    }

    private static void WriteSummary(SnapshotWriter writer, AssetEntity asset, bool hasUnconfirmed)
    {
        writer.Byte(Format);
        writer.VarUInt((ulong)asset.Partition);
        writer.VarUInt((ulong)asset.Revision);
        writer.Byte((byte)asset.Status);
        writer.OptionalTime(asset.LastSeen);
        writer.VarUInt((ulong)asset.Observations);
        var expected = asset.Cadence.Expected;
        writer.Bool(expected.HasValue);
        if (expected is { } interval)
        {
            writer.VarUInt((ulong)interval.Ticks);
        }

        writer.OptionalString(asset.ReportsOn);
        writer.Bool(hasUnconfirmed);
        var descriptor = asset.Descriptor;
        writer.String(descriptor.AssetId);
        writer.Byte((byte)descriptor.Kind);
        writer.String(descriptor.Name);
        writer.Double(descriptor.Location.Lat);
        writer.Double(descriptor.Location.Lon);
        writer.OptionalDouble(descriptor.LengthMetres);
        writer.OptionalString(descriptor.RoadLinkId);
    }

    private static AssetSummary ReadSummary(ref SnapshotReader reader)
    {
        var format = reader.Byte();
        if (format != Format)
        {
            throw new InvalidDataException($"asset snapshot format {format} is unknown (this build reads format {Format})");
        }

        var partition = (int)reader.VarUInt();
        var revision = (long)reader.VarUInt();
        var status = Known((AssetStatus)reader.Byte());
        var lastSeen = reader.OptionalTime();
        var observations = (long)reader.VarUInt();
        TimeSpan? expected = reader.Bool() ? TimeSpan.FromTicks((long)reader.VarUInt()) : null;
        var reportsOn = reader.OptionalString();
        var hasUnconfirmed = reader.Bool();
        var descriptor = new AssetDescriptor(
            reader.String(),
            Known((AssetKind)reader.Byte()),
            reader.String(),
            new GeoPoint(reader.Double(), reader.Double()),
            LengthMetres: reader.OptionalDouble(),
            RoadLinkId: reader.OptionalString());
        return new AssetSummary(descriptor, partition, revision, status, lastSeen, observations, expected, reportsOn, hasUnconfirmed);
    }

    private static void WriteSignal(SnapshotWriter writer, SignalTrack track)
    {
        writer.String(track.Name);
        writer.OptionalTime(track.FiringSince);
        writer.OptionalTime(track.LastAnomalyAt);
        writer.VarUInt((ulong)track.QuietRun);
        writer.Double(track.LastScore);
        var history = track.History;
        var count = history.Count;
        writer.VarUInt((ulong)count);
        if (count == 0)
        {
            return;
        }

        var ticks = ArrayPool<long>.Shared.Rent(count);
        var values = ArrayPool<double>.Shared.Rent(count);
        try
        {
            history.CopyTo(ticks, values);
            var unit = DeltaUnit(ticks.AsSpan(0, count));
            writer.Int64(ticks[0]);
            writer.VarUInt((ulong)unit);
            for (var i = 1; i < count; i++)
            {
                writer.VarInt((ticks[i] - ticks[i - 1]) / unit);
            }

            writer.Doubles(values.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<long>.Shared.Return(ticks);
            ArrayPool<double>.Shared.Return(values);
        }
    }

    private static SignalSnapshot ReadSignal(ref SnapshotReader reader)
    {
        var name = reader.String();
        var firingSince = reader.OptionalTime();
        var lastAnomalyAt = reader.OptionalTime();
        var quietRun = (int)reader.VarUInt();
        var lastScore = reader.Double();
        var readings = new TimedValue[reader.Count(MaxItems)];
        if (readings.Length > 0)
        {
            var ticks = new long[readings.Length];
            ticks[0] = reader.Time().UtcTicks;
            var unit = (long)reader.VarUInt();
            for (var i = 1; i < ticks.Length; i++)
            {
                ticks[i] = ticks[i - 1] + reader.VarInt() * unit;
            }

            for (var i = 0; i < readings.Length; i++)
            {
                readings[i] = new TimedValue(new DateTimeOffset(ticks[i], TimeSpan.Zero), reader.Double());
            }
        }

        return new SignalSnapshot(name, readings, firingSince, lastAnomalyAt, quietRun, lastScore);
    }

    private static void WriteCamera(SnapshotWriter writer, CameraActivity camera)
    {
        writer.VarUInt((ulong)camera.LatestCounts.Count);
        foreach (var (label, count) in camera.LatestCounts)
        {
            writer.String(label);
            writer.VarInt(count);
        }

        writer.OptionalTime(camera.CountsAt);
        writer.VarUInt((ulong)camera.RecentEvents.Count);
        foreach (var recent in camera.RecentEvents)
        {
            writer.Int64(recent.At.UtcTicks);
            writer.Byte((byte)recent.Kind);
            writer.OptionalDouble(recent.Confidence);
        }
    }

    private static CameraSnapshot ReadCamera(ref SnapshotReader reader)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = reader.Count(MaxItems);
        for (var i = 0; i < labels; i++)
        {
            counts[reader.String()] = (int)reader.VarInt();
        }

        var countsAt = reader.OptionalTime();
        var events = new CameraEventRecord[reader.Count(CameraActivity.EventCapacity)];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = new CameraEventRecord(reader.Time(), Known((CameraEventKind)reader.Byte()), reader.OptionalDouble());
        }

        return new CameraSnapshot(counts, countsAt, events);
    }

    /// <summary>The coarsest of second, millisecond and tick that divides every gap between the readings.</summary>
    private static long DeltaUnit(ReadOnlySpan<long> ticks)
    {
        var unit = TimeSpan.TicksPerSecond;
        for (var i = 1; i < ticks.Length && unit > 1; i++)
        {
            var delta = ticks[i] - ticks[i - 1];
            while (delta % unit != 0)
            {
                unit = unit == TimeSpan.TicksPerSecond ? TimeSpan.TicksPerMillisecond : 1;
            }
        }

        return unit;
    }

    private static T Known<T>(T value)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new InvalidDataException($"asset snapshot: {value} is not a known {typeof(T).Name}");
}
