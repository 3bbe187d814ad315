using System.Text;

namespace SimSid.Imaging.Tests;

public sealed class Crc32Tests
{
    [Fact]
    public void Compute_CheckString_GivesStandardCheckValue()
    {
        // The catalogue check value of CRC-32/ISO-HDLC (zlib, PNG).
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Append_SplitInput_EqualsWholeInput()
    {
        var data = Encoding.ASCII.GetBytes("IEND and some more bytes");

        var split = Crc32.Append(Crc32.Compute(data.AsSpan(0, 4)), data.AsSpan(4));

        Assert.Equal(Crc32.Compute(data), split);
    }

    [Fact]
    public void Compute_Empty_IsZero()
    {
        Assert.Equal(0u, Crc32.Compute([]));
    }
}
