using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using SimSid.Testing;

namespace SimSid.Dicom.Tests.Imaging;

/// <summary>
/// Makes test images with dcmtk alone: a raw sample file plus a text dump become a CR file via
/// <c>dump2dcm</c>, which <c>dcmcjpeg</c> compresses and <c>dcmdjpeg</c> decompresses. Our decoder is then
/// compared with dcmtk's (IJG libjpeg) output, read through our native path.
/// </summary>
internal static class DcmtkImage
{
    public const int Width = 67; // not a multiple of 8: exercises partial JPEG blocks
    public const int Height = 45;

    /// <summary>A deterministic texture of ramps and noise within [0, 2^bitsStored).</summary>
    public static int[] Pattern(int bitsStored, bool signed = false, int seed = 7)
    {
        var random = new Random(seed);
        var max = 1 << bitsStored;
        var values = new int[Width * Height];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var v = ((x * max / Width) + (y * max / (3 * Height)) + random.Next(max / 16)) % max;
                values[(y * Width) + x] = signed ? v - (max / 2) : v;
            }
        }

        return values;
    }

    /// <summary>Writes a native Explicit VR Little Endian CR file holding <paramref name="values"/> (one or more frames).</summary>
    public static string CreateNative(TempDirectory temp, string name, int[] values, int bitsAllocated, int bitsStored, bool signed = false, string photometric = "MONOCHROME2")
    {
        var frames = values.Length / (Width * Height);
        var raw = temp.Combine(name + ".raw");
        var bytes = new byte[values.Length * (bitsAllocated / 8)];
        for (var i = 0; i < values.Length; i++)
        {
            if (bitsAllocated == 8)
            {
                bytes[i] = (byte)values[i];
            }
            else
            {
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), (ushort)(values[i] & ((1 << bitsStored) - 1)));
            }
        }

        File.WriteAllBytes(raw, bytes);
        var dump = new StringBuilder()
            .AppendLine("(0008,0016) UI =ComputedRadiographyImageStorage")
            .AppendLine("(0008,0018) UI [1.2.826.0.1.3680043.2.1143.77.1]")
            .AppendLine("(0008,0060) CS [CR]")
            .AppendLine("(0020,000d) UI [1.2.826.0.1.3680043.2.1143.77.2]")
            .AppendLine("(0020,000e) UI [1.2.826.0.1.3680043.2.1143.77.3]")
            .AppendLine("(0028,0002) US 1")
            .AppendLine(CultureInfo.InvariantCulture, $"(0028,0004) CS [{photometric}]")
            .AppendLine(CultureInfo.InvariantCulture, $"(0028,0008) IS [{frames}]")
            .AppendLine(CultureInfo.InvariantCulture, $"(0028,0010) US {Height}")
            .AppendLine(CultureInfo.InvariantCulture, $"(0028,0011) US {Width}")
            .AppendLine(CultureInfo.InvariantCulture, $"(0028,0100) US {bitsAllocated}")
            .AppendLine(CultureInfo.InvariantCulture, $"(0028,0101) US {bitsStored}")
            .AppendLine(CultureInfo.InvariantCulture, $"(0028,0102) US {bitsStored - 1}")
            .AppendLine(CultureInfo.InvariantCulture, $"(0028,0103) US {(signed ? 1 : 0)}")
            .AppendLine(CultureInfo.InvariantCulture, $"(7fe0,0010) {(bitsAllocated == 8 ? "OB" : "OW")} ={raw}")
            .ToString();
        var dumpPath = temp.Combine(name + ".dump");
        File.WriteAllText(dumpPath, dump);
        var dicom = temp.Combine(name + ".dcm");
        ExternalTool.RunChecked("dump2dcm", "+E", "+te", dumpPath, dicom);
        return dicom;
    }

    /// <summary>An 8-bit grey BMP converted with img2dcm, dcmtk's image importer (it reads JPEG and BMP, not PNG).</summary>
    public static string CreateWithImg2dcm(TempDirectory temp, string name, int[] values) => Img2dcm(temp, name, BitmapFile.Grey(Width, Height, values));

    /// <summary>A 24-bit RGB BMP of the three planes, converted with img2dcm (which makes an RGB image).</summary>
    public static string CreateRgbWithImg2dcm(TempDirectory temp, string name, int[] red, int[] green, int[] blue) =>
        Img2dcm(temp, name, BitmapFile.Rgb(Width, Height, red, green, blue));

    private static string Img2dcm(TempDirectory temp, string name, byte[] bmp)
    {
        var bmpPath = temp.Combine(name + ".bmp");
        File.WriteAllBytes(bmpPath, bmp);
        var dicom = temp.Combine(name + ".dcm");
        ExternalTool.RunChecked("img2dcm", "-i", "BMP", bmpPath, dicom);
        return dicom;
    }

    /// <summary>Runs dcmcjpeg with <paramref name="options"/>, returning the compressed file.</summary>
    public static string Compress(string native, string suffix, params string[] options)
    {
        var output = Path.ChangeExtension(native, null) + "." + suffix + ".dcm";
        ExternalTool.RunChecked("dcmcjpeg", [.. options, native, output]);
        return output;
    }

    /// <summary>Runs dcmdjpeg, returning the decompressed (native) file.</summary>
    public static string Decompress(string compressed)
    {
        var output = Path.ChangeExtension(compressed, null) + ".dcmdjpeg.dcm";
        ExternalTool.RunChecked("dcmdjpeg", compressed, output);
        return output;
    }

    /// <summary>Stored values of a frame, decoded by us from whatever syntax the file is in.</summary>
    public static int[] ReadSamples(string path, int frame = 0)
    {
        var file = DicomFile.Open(path);
        return SimSid.Dicom.Imaging.DicomPixelData.Create(file.Dataset, file.Meta.TransferSyntax).GetFrame(frame);
    }
}
