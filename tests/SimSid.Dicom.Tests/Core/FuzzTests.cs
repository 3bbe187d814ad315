using System.Buffers.Binary;
using SimSid.Dicom;
using SimSid.Testing;

namespace SimSid.Dicom.Tests.Core;

/// <summary>
/// Mutation fuzzing with a fixed seed: byte flips, truncations, length-field overwrites, insertions and deletions of
/// valid files in several transfer syntaxes. Only <see cref="DicomException"/> subtypes may escape the reader.
/// </summary>
public sealed class FuzzTests
{
    private static readonly uint[] InterestingLengths = [0, 1, 2, 3, 7, 0xFF, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFF0, 0xFFFFFFFE, 0xFFFFFFFF];

    [Fact]
    public void Read_ThousandsOfMutatedFiles_OnlyDicomExceptionsEscape()
    {
        var seeds = SeedFiles();
        var random = new Random(20240601);
        var failures = new List<string>();
        var parsed = 0;
        var rejected = 0;
        for (var i = 0; i < 5000; i++)
        {
            var seed = seeds[i % seeds.Count];
            var mutated = Mutate(seed, random);
            try
            {
                Exercise(DicomFile.Read(mutated));
                parsed++;
            }
            catch (DicomException)
            {
                rejected++;
            }
            catch (Exception ex)
            {
                failures.Add($"case {i} (seed {i % seeds.Count}): {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
        Assert.True(parsed > 100 && rejected > 100, $"parsed {parsed}, rejected {rejected}: mutations should exercise both paths");
    }

    [Fact]
    public void OpenHeaderOnly_MutatedFiles_OnlyDicomExceptionsEscape()
    {
        var seeds = SeedFiles();
        var random = new Random(77);
        using var dir = new TempDirectory("core-fuzz");
        var path = dir.Combine("case.dcm");
        for (var i = 0; i < 300; i++)
        {
            File.WriteAllBytes(path, Mutate(seeds[i % seeds.Count], random));
            try
            {
                Exercise(DicomFile.Open(path, new DicomReadOptions { StopBeforePixelData = true }));
            }
            catch (DicomException)
            {
                // Typed rejection is the expected outcome for many mutations.
            }
        }
    }

    private static List<byte[]> SeedFiles()
    {
        var sc = CoreTestData.SecondaryCapture("ISO_IR 192", "M\u00FCller^Zo\u00EB");
        var encapsulated = CoreTestData.SecondaryCapture();
        encapsulated.AddOrUpdate(new DicomFragmentSequence(DicomTag.PixelData, DicomVR.OB, new byte[] { 0, 0, 0, 0 }, [new byte[] { 0xFF, 0xD8, 9, 9, 0xFF, 0xD9 }]));
        var nested = CoreTestData.Nested();
        var seeds = new List<byte[]>
        {
            new DicomFile(sc, DicomTransferSyntax.ExplicitVRLittleEndian).ToBytes(),
            new DicomFile(sc, DicomTransferSyntax.ImplicitVRLittleEndian).ToBytes(),
            new DicomFile(sc, DicomTransferSyntax.DeflatedExplicitVRLittleEndian).ToBytes(),
            new DicomFile(encapsulated, DicomTransferSyntax.JPEGBaseline8Bit).ToBytes(),
            new DicomFile(nested, DicomTransferSyntax.ExplicitVRLittleEndian).ToBytes(),
            new DicomFile(nested, DicomTransferSyntax.ImplicitVRLittleEndian).ToBytes(),
            DicomDatasetWriter.ToBytes(nested, DicomTransferSyntax.ImplicitVRLittleEndian),
        };

        using var dir = new TempDirectory("core-fuzz");
        var source = dir.Combine("le.dcm");
        var big = dir.Combine("be.dcm");
        File.WriteAllBytes(source, seeds[0]);
        ExternalTool.RunChecked("dcmconv", "+tb", source, big);
        seeds.Add(File.ReadAllBytes(big));
        return seeds;
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = (byte[])seed.Clone();
        var headerSpan = Math.Min(bytes.Length, 1200);
        switch (random.Next(6))
        {
            case 0:
                for (var n = random.Next(1, 5); n > 0; n--)
                {
                    bytes[random.Next(headerSpan)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            case 1:
                return bytes[..random.Next(bytes.Length)];
            case 2:
                var at = random.Next(headerSpan - 4);
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), InterestingLengths[random.Next(InterestingLengths.Length)]);
                return bytes;
            case 3:
                var at16 = random.Next(headerSpan - 2);
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at16), (ushort)InterestingLengths[random.Next(InterestingLengths.Length)]);
                return bytes;
            case 4:
                var insertAt = random.Next(headerSpan);
                var insert = new byte[random.Next(1, 9)];
                random.NextBytes(insert);
                return [.. bytes[..insertAt], .. insert, .. bytes[insertAt..]];
            default:
                var deleteAt = random.Next(headerSpan - 8);
                return [.. bytes[..deleteAt], .. bytes[(deleteAt + random.Next(1, 8))..]];
        }
    }

    private static void Exercise(DicomFile file)
    {
        _ = file.Meta.TransferSyntax;
        Walk(file.Dataset);
    }

    private static void Walk(DicomDataset dataset)
    {
        _ = dataset.CharacterSet;
        foreach (var item in dataset)
        {
            switch (item)
            {
                case DicomElement { Length: <= 1024 } e:
                    _ = e.GetString();
                    _ = e.GetStrings();
                    if (e.Count > 0 && e.VR != DicomVR.SQ)
                    {
                        try
                        {
                            _ = e.GetValue<double>();
                        }
                        catch (DicomDataException)
                        {
                            // Non-numeric text is a typed data error, which is fine.
                        }
                    }

                    break;
                case DicomSequence s:
                    foreach (var child in s.Items)
                    {
                        Walk(child);
                    }

                    break;
                case DicomFragmentSequence f:
                    _ = f.GetOffsets();
                    break;
            }
        }
    }
}
