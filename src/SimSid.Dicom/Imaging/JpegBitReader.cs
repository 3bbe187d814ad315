using System.Runtime.CompilerServices;

namespace SimSid.Dicom.Imaging;

/// <summary>
/// Reads entropy-coded JPEG data bit by bit (T.81 F.2.2.5): removes the stuffed zero after each 0xFF and stops
/// at a marker, after which it supplies zero bits (so a truncated stream ends in a typed error, not a hang).
/// </summary>
internal ref struct JpegBitReader
{
    private readonly ReadOnlySpan<byte> _data;
    private ulong _buffer;
    private int _bits;

    public JpegBitReader(ReadOnlySpan<byte> data, int position)
    {
        _data = data;
        Position = position;
    }

    /// <summary>Index of the next unread byte (a marker's 0xFF once <see cref="AtMarker"/> is set).</summary>
    public int Position { get; private set; }

    public bool AtMarker { get; private set; }

    /// <summary>Zero bits supplied past the end of the data or a marker.</summary>
    public int OverrunBits { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int PeekBits(int count)
    {
        if (_bits < count)
        {
            Fill(count);
        }

        return (int)(_buffer >> (_bits - count)) & ((1 << count) - 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Skip(int count)
    {
        if (_bits < count)
        {
            Fill(count);
        }

        _bits -= count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadBits(int count)
    {
        if (count == 0)
        {
            return 0;
        }

        var value = PeekBits(count);
        _bits -= count;
        return value;
    }

    /// <summary>Drops the bits left in the current byte and any buffered bytes, before a restart marker.</summary>
    public void Reset()
    {
        _bits = 0;
        _buffer = 0;
        AtMarker = false;
    }

    private void Fill(int count)
    {
        // Top up to more than 48 buffered bits so most reads need no refill.
        while (_bits <= 48)
        {
            if (!AtMarker && Position < _data.Length)
            {
                var b = _data[Position];
                if (b != 0xFF)
                {
                    Append(b);
                    Position++;
                    continue;
                }

                if (Position + 1 < _data.Length && _data[Position + 1] == 0x00)
                {
                    Append(0xFF);
                    Position += 2;
                    continue;
                }

                AtMarker = true;
            }

            // Past the entropy-coded data: zero bits, counted so a truncated stream can be reported.
            if (_bits >= count)
            {
                return;
            }

            OverrunBits += 8;
            Append(0);
        }
    }

    private void Append(int b)
    {
        _buffer = (_buffer << 8) | (uint)b;
        _bits += 8;
    }
}
