using System.Buffers.Binary;
using System.Text;

namespace OpsCentre.Assets.Snapshots;

/// <summary>Reads what <see cref="SnapshotWriter"/> wrote; a truncated or corrupt snapshot is an <see cref="InvalidDataException"/>.</summary>
internal ref struct SnapshotReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public byte Byte()
    {
        Need(1);
        return _data[_position++];
    }

    public bool Bool() => Byte() != 0;

    public ulong VarUInt()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var next = Byte();
            value |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("asset snapshot: a varint runs past 64 bits");
    }

    public long VarInt()
    {
        var raw = VarUInt();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    public int Count(int max)
    {
        var count = VarUInt();
        return count <= (ulong)max ? (int)count : throw new InvalidDataException($"asset snapshot: a count of {count} exceeds {max}");
    }

    public long Int64()
    {
        Need(8);
        var value = BinaryPrimitives.ReadInt64LittleEndian(_data[_position..]);
        _position += 8;
        return value;
    }

    public double Double()
    {
        Need(8);
        var value = BinaryPrimitives.ReadDoubleLittleEndian(_data[_position..]);
        _position += 8;
        return value;
    }

    public string String()
    {
        var length = Count(1 << 20);
        Need(length);
        var value = Encoding.UTF8.GetString(_data.Slice(_position, length));
        _position += length;
        return value;
    }

    public ReadOnlySpan<byte> Bytes()
    {
        var length = Count(1 << 24);
        Need(length);
        var value = _data.Slice(_position, length);
        _position += length;
        return value;
    }

    public DateTimeOffset Time() => new(Ticks(), TimeSpan.Zero);

    public DateTimeOffset? OptionalTime() => Bool() ? Time() : null;

    public double? OptionalDouble() => Bool() ? Double() : null;

    public string? OptionalString() => Bool() ? String() : null;

    private long Ticks()
    {
        var ticks = Int64();
        return ticks is >= 0 and <= 3155378975999999999 ? ticks : throw new InvalidDataException($"asset snapshot: {ticks} is not a time");
    }

    private readonly void Need(int bytes)
    {
        if (_position + bytes > _data.Length)
        {
            throw new InvalidDataException("asset snapshot is truncated");
        }
    }
}
