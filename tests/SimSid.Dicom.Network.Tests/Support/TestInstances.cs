using System.Buffers.Binary;
using System.Globalization;
using SimSid.Testing;

namespace SimSid.Dicom.Network.Tests.Support;

/// <summary>Builds small synthetic CR/SC Part 10 files with dcmtk (dump2dcm, dcmconv, dcmcjpeg, dcmcrle, dcmcjpls), independent of our own writer.</summary>
internal static class TestInstances
{
    public const string Root = "1.2.826.0.1.3680043.10.999";
    public const string CrSopClass = "1.2.840.10008.5.1.4.1.1.1";
    public const string ScSopClass = "1.2.840.10008.5.1.4.1.1.7";
    public const string MrSopClass = "1.2.840.10008.5.1.4.1.1.4";

    /// <summary>Writes one instance; <paramref name="encoding"/> is "explicit", "implicit", "big", "deflated", "jpeg-lossless", "rle", "jpeg-ls" or "jpeg-baseline".</summary>
    public static string Create(string folder, int index, string encoding = "explicit", string sopClass = CrSopClass, int size = 64, string? study = null, string? series = null)
    {
        Directory.CreateDirectory(folder);
        var name = $"img{index.ToString(CultureInfo.InvariantCulture)}";
        var raw = Path.Combine(folder, name + ".raw");
        var eightBit = encoding == "jpeg-baseline" || sopClass == ScSopClass;
        var pixels = new byte[size * size * (eightBit ? 1 : 2)];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var v = ((x * 7) + (y * 13) + (index * 31)) % (eightBit ? 256 : 4096);
                if (eightBit)
                {
                    pixels[(y * size) + x] = (byte)v;
                }
                else
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(pixels.AsSpan(((y * size) + x) * 2), (ushort)v);
                }
            }
        }

        File.WriteAllBytes(raw, pixels);
        var sop = $"{Root}.1.{index.ToString(CultureInfo.InvariantCulture)}";
        var dump = Path.Combine(folder, name + ".dump");
        File.WriteAllText(dump, string.Join('\n',
            $"(0008,0016) UI [{sopClass}]",
            $"(0008,0018) UI [{sop}]",
            "(0008,0020) DA [20260101]",
            $"(0008,0060) CS [{(sopClass == ScSopClass ? "OT" : "CR")}]",
            "(0010,0010) PN [Synthetic^Phantom]",
            "(0010,0020) LO [SYNTH-1]",
            $"(0020,000d) UI [{study ?? Root + ".2.1"}]",
            $"(0020,000e) UI [{series ?? Root + ".3.1"}]",
            "(0020,0013) IS [" + index.ToString(CultureInfo.InvariantCulture) + "]",
            "(0028,0002) US 1",
            "(0028,0004) CS [MONOCHROME2]",
            $"(0028,0010) US {size.ToString(CultureInfo.InvariantCulture)}",
            $"(0028,0011) US {size.ToString(CultureInfo.InvariantCulture)}",
            $"(0028,0100) US {(eightBit ? 8 : 16)}",
            $"(0028,0101) US {(eightBit ? 8 : 12)}",
            $"(0028,0102) US {(eightBit ? 7 : 11)}",
            "(0028,0103) US 0",
            $"(7fe0,0010) {(eightBit ? "OB" : "OW")} ={raw}",
            string.Empty));
        var explicitFile = Path.Combine(folder, name + (encoding == "explicit" ? ".dcm" : ".explicit"));
        ExternalTool.RunChecked("dump2dcm", "-q", dump, explicitFile);
        File.Delete(raw);
        File.Delete(dump);
        if (encoding == "explicit")
        {
            return explicitFile;
        }

        var output = Path.Combine(folder, name + ".dcm");
        var (tool, option) = encoding switch
        {
            "implicit" => ("dcmconv", "+ti"),
            "big" => ("dcmconv", "+tb"),
            "deflated" => ("dcmconv", "+td"),
            "jpeg-lossless" => ("dcmcjpeg", "+e1"),
            "jpeg-baseline" => ("dcmcjpeg", "+eb"),
            "rle" => ("dcmcrle", "-q"),
            "jpeg-ls" => ("dcmcjpls", "-q"),
            _ => throw new ArgumentException($"Unknown encoding {encoding}.", nameof(encoding)),
        };
        ExternalTool.RunChecked(tool, option, explicitFile, output);
        File.Delete(explicitFile);
        return output;
    }

    /// <summary>dcmdump of the data set only (meta group and the transfer syntax banner removed), for content comparison.</summary>
    public static string DumpDataSet(string path)
    {
        var text = ExternalTool.RunChecked("dcmdump", "-q", "+L", path).StandardOutput;
        var lines = text.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("# Dicom-Data-Set", StringComparison.Ordinal));
        return string.Join('\n', lines.Skip(start + 1).Where(l => !l.StartsWith("# Used TransferSyntax", StringComparison.Ordinal)));
    }

    /// <summary>The transfer syntax UID in a file's meta header.</summary>
    public static string TransferSyntaxOf(string path) => Files.Part10Header.Read(path).TransferSyntaxUid;
}
