using System.Buffers.Binary;

namespace SimSid.Dicom;

/// <summary>
/// Reads Part 10 files (PS3.10 §7.1: preamble, "DICM", group 0002 in explicit VR little endian, then the dataset
/// in the transfer syntax the meta names) and raw datasets without preamble or meta, whose encoding is sniffed.
/// </summary>
internal static class DicomFileReader
{
    private const int PreambleLength = 128;

    public static DicomFile Read(ReadOnlyMemory<byte> data, DicomReadOptions options, bool isPrefix = false)
    {
        var span = data.Span;
        int metaStart;
        if (span.Length >= PreambleLength + 4 && span.Slice(PreambleLength, 4).SequenceEqual("DICM"u8))
        {
            metaStart = PreambleLength + 4;
        }
        else if (span.Length >= 4 && span[..4].SequenceEqual("DICM"u8))
        {
            metaStart = 4; // Meta information without the preamble.
        }
        else if (span.Length >= 8 && BinaryPrimitives.ReadUInt16LittleEndian(span) == 0x0002)
        {
            metaStart = 0; // Meta group without preamble or marker.
        }
        else
        {
            if (isPrefix && span.Length < 8)
            {
                throw new DicomNeedMoreDataException();
            }

            var sniffed = Sniff(span, 0);
            var raw = new DicomDatasetParser(data, sniffed, options, 0, isPrefix).ReadTopLevel();
            return new DicomFile(DicomFileMetaInformation.Create(raw, sniffed), raw, hasPart10Header: false);
        }

        var metaSyntax = LooksExplicit(span[metaStart..]) ? DicomTransferSyntax.ExplicitVRLittleEndian : DicomTransferSyntax.ImplicitVRLittleEndian;
        var metaParser = new DicomDatasetParser(data[metaStart..], metaSyntax, options, metaStart, isPrefix);
        var metaGroup = metaParser.ReadMetaGroup();
        var datasetStart = metaStart + metaParser.Position;
        var meta = new DicomFileMetaInformation(metaGroup);
        var uid = metaGroup.GetStringOrDefault(DicomFileMetaInformation.TransferSyntaxUIDTag);
        var syntax = string.IsNullOrEmpty(uid) ? Sniff(span[datasetStart..], datasetStart) : DicomTransferSyntax.Lookup(uid);
        var dataset = ReadDataset(data[datasetStart..], syntax, options, datasetStart, isPrefix);
        return new DicomFile(meta, dataset, hasPart10Header: true);
    }

    private static DicomDataset ReadDataset(ReadOnlyMemory<byte> data, DicomTransferSyntax syntax, DicomReadOptions options, long offset, bool isPrefix)
    {
        if (syntax.IsDeflated)
        {
            if (isPrefix)
            {
                throw new DicomNeedMoreDataException(); // Deflated content needs the whole file.
            }

            var inflated = DicomDatasetReader.Inflate(data.Span, offset);
            return new DicomDatasetParser(inflated, DicomTransferSyntax.ExplicitVRLittleEndian, options).ReadTopLevel();
        }

        syntax = Reconcile(syntax, data.Span);
        try
        {
            return new DicomDatasetParser(data, syntax, options, offset, isPrefix).ReadTopLevel();
        }
        catch (DicomFormatException ex) when (!syntax.IsKnown)
        {
            throw new DicomUnsupportedTransferSyntaxException(
                syntax.Uid, "the dataset could not be read as explicit VR little endian", ex);
        }
    }

    /// <summary>
    /// Guesses the encoding of a dataset without meta information from its first element: byte order from a
    /// plausible (small, even) group number, explicit VR when bytes 4-5 are a VR code.
    /// </summary>
    internal static DicomTransferSyntax Sniff(ReadOnlySpan<byte> span, long offset)
    {
        if (span.Length < 8)
        {
            throw new DicomFormatException("Not a DICOM file: no DICM marker and too short for a dataset", offset, null);
        }

        var littleGroup = BinaryPrimitives.ReadUInt16LittleEndian(span);
        var bigGroup = BinaryPrimitives.ReadUInt16BigEndian(span);
        var isExplicit = LooksExplicit(span);
        if (littleGroup is >= 0x0002 and <= 0x0028 && (littleGroup & 1) == 0)
        {
            return isExplicit ? DicomTransferSyntax.ExplicitVRLittleEndian : DicomTransferSyntax.ImplicitVRLittleEndian;
        }

        if (bigGroup is >= 0x0002 and <= 0x0028 && (bigGroup & 1) == 0 && isExplicit)
        {
            return DicomTransferSyntax.ExplicitVRBigEndian;
        }

        throw new DicomFormatException("Not a DICOM file: no DICM marker and the first bytes are not a dataset element", offset, null);
    }

    /// <summary>
    /// Tolerates the common mislabelling of little-endian datasets: meta says explicit VR but the first element
    /// is implicit (or the reverse), detected when only the other reading gives a length that fits.
    /// </summary>
    private static DicomTransferSyntax Reconcile(DicomTransferSyntax syntax, ReadOnlySpan<byte> span)
    {
        if (!syntax.IsLittleEndian || syntax.IsDeflated || span.Length < 8 || BinaryPrimitives.ReadUInt16LittleEndian(span) == 0xFFFE)
        {
            return syntax;
        }

        var implicitLength = BinaryPrimitives.ReadUInt32LittleEndian(span[4..]);
        var implicitFits = implicitLength <= (uint)(span.Length - 8) || implicitLength == 0xFFFFFFFF;
        if (syntax == DicomTransferSyntax.ExplicitVRLittleEndian && !LooksExplicit(span) && implicitFits)
        {
            return DicomTransferSyntax.ImplicitVRLittleEndian;
        }

        if (syntax == DicomTransferSyntax.ImplicitVRLittleEndian && LooksExplicit(span) && !implicitFits)
        {
            return DicomTransferSyntax.ExplicitVRLittleEndian;
        }

        return syntax;
    }

    private static bool LooksExplicit(ReadOnlySpan<byte> span) => span.Length >= 6 && DicomVR.FromBytes(span[4], span[5]) is not null;
}
