namespace SimSid.Dicom.Imaging;

/// <summary>
/// Extracts stored values from the Bits Allocated container (PS3.5 §8.1.1): shift down so High Bit is the
/// top of a Bits Stored wide field, mask the other bits (overlays or garbage may live there), and
/// sign-extend from the top stored bit when Pixel Representation is 1.
/// </summary>
internal readonly struct StoredValueDecoder
{
    private readonly int _shift;
    private readonly uint _mask;
    private readonly uint _signBit;
    private readonly bool _signed;

    public StoredValueDecoder(int bitsStored, int highBit, bool signed)
    {
        _shift = highBit + 1 - bitsStored;
        _mask = bitsStored >= 32 ? uint.MaxValue : (1u << bitsStored) - 1;
        _signBit = 1u << (bitsStored - 1);
        _signed = signed;
    }

    public static StoredValueDecoder For(DicomPixelDescription description) =>
        new(description.BitsStored, description.HighBit, description.IsSigned);

    public int Decode(uint container)
    {
        var value = (container >> _shift) & _mask;
        if (_signed && (value & _signBit) != 0)
        {
            return (int)(value | ~_mask);
        }

        return (int)value;
    }
}
