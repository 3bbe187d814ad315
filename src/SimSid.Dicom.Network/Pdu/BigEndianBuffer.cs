using System.Buffers.Binary;
using System.Text;

namespace SimSid.Dicom.Network.Pdu;

/// <summary>A growable byte buffer with big-endian writes and back-patched length fields, for building PDUs.</summary>
internal sealed class BigEndianBuffer
{
    private byte[] _bytes = new byte[512];

    public int Length { get; private set; }

    public ReadOnlyMemory<byte> Written => _bytes.AsMemory(0, Length);

    public void WriteByte(byte value)
    {
        Ensure(1);
        _bytes[Length++] = value;
    }

    public void WriteUInt16(ushort value)
    {
        Ensure(2);
        BinaryPrimitives.WriteUInt16BigEndian(_bytes.AsSpan(Length), value);
        Length += 2;
    }

    public void WriteUInt32(uint value)
    {
        Ensure(4);
        BinaryPrimitives.WriteUInt32BigEndian(_bytes.AsSpan(Length), value);
        Length += 4;
    }

    public void WriteZeros(int count)
    {
        Ensure(count);
        _bytes.AsSpan(Length, count).Clear();
        Length += count;
    }

    public void WriteAscii(string value)
    {
        Ensure(value.Length);
        Length += Encoding.ASCII.GetBytes(value, _bytes.AsSpan(Length));
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        Ensure(value.Length);
        value.CopyTo(_bytes.AsSpan(Length));
        Length += value.Length;
    }

    /// <summary>Writes an AE title as 16 space-padded ASCII bytes.</summary>
    public void WriteAeTitle(string ae)
    {
        var trimmed = ae.Trim();
        if (trimmed.Length > 16)
        {
            throw new ArgumentException($"AE title '{trimmed}' is longer than 16 characters.", nameof(ae));
        }

        WriteAscii(trimmed.PadRight(16));
    }

    /// <summary>Reserves a 16-bit length and returns its position for <see cref="EndLength16"/>.</summary>
    public int BeginLength16()
    {
        WriteUInt16(0);
        return Length;
    }

    public void EndLength16(int start)
    {
        var length = Length - start;
        if (length > ushort.MaxValue)
        {
            throw new InvalidOperationException($"Item of {length} bytes does not fit a 16-bit length.");
        }

        BinaryPrimitives.WriteUInt16BigEndian(_bytes.AsSpan(start - 2), (ushort)length);
    }

    public int BeginLength32()
    {
        WriteUInt32(0);
        return Length;
    }

    public void EndLength32(int start) =>
        BinaryPrimitives.WriteUInt32BigEndian(_bytes.AsSpan(start - 4), (uint)(Length - start));

    private void Ensure(int extra)
    {
        if (Length + extra > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + extra));
        }
    }
}
