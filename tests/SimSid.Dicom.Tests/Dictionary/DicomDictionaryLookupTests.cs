using SimSid.Dicom;

namespace SimSid.Dicom.Tests.Dictionary;

/// <summary>Tag and keyword look-ups of well-known attributes, with values taken from PS3.6 and PS3.7 Table E.1-1.</summary>
public sealed class DicomDictionaryLookupTests
{
    [Theory]
    [InlineData(0x0010, 0x0010, "PatientName", "Patient's Name", "PN", "1")]
    [InlineData(0x0008, 0x0016, "SOPClassUID", "SOP Class UID", "UI", "1")]
    [InlineData(0x0008, 0x0018, "SOPInstanceUID", "SOP Instance UID", "UI", "1")]
    [InlineData(0x0020, 0x000D, "StudyInstanceUID", "Study Instance UID", "UI", "1")]
    [InlineData(0x0020, 0x000E, "SeriesInstanceUID", "Series Instance UID", "UI", "1")]
    [InlineData(0x0008, 0x0060, "Modality", "Modality", "CS", "1")]
    [InlineData(0x0008, 0x0008, "ImageType", "Image Type", "CS", "2-n")]
    [InlineData(0x0008, 0x0005, "SpecificCharacterSet", "Specific Character Set", "CS", "1-n")]
    [InlineData(0x0018, 0x5101, "ViewPosition", "View Position", "CS", "1")]
    [InlineData(0x0018, 0x0015, "BodyPartExamined", "Body Part Examined", "CS", "1")]
    [InlineData(0x0028, 0x0002, "SamplesPerPixel", "Samples per Pixel", "US", "1")]
    [InlineData(0x0028, 0x0004, "PhotometricInterpretation", "Photometric Interpretation", "CS", "1")]
    [InlineData(0x0028, 0x0010, "Rows", "Rows", "US", "1")]
    [InlineData(0x0028, 0x0011, "Columns", "Columns", "US", "1")]
    [InlineData(0x0028, 0x0100, "BitsAllocated", "Bits Allocated", "US", "1")]
    [InlineData(0x0028, 0x0101, "BitsStored", "Bits Stored", "US", "1")]
    [InlineData(0x0028, 0x0106, "SmallestImagePixelValue", "Smallest Image Pixel Value", "US/SS", "1")]
    [InlineData(0x0028, 0x1050, "WindowCenter", "Window Center", "DS", "1-n")]
    [InlineData(0x0028, 0x1051, "WindowWidth", "Window Width", "DS", "1-n")]
    [InlineData(0x0028, 0x1052, "RescaleIntercept", "Rescale Intercept", "DS", "1")]
    [InlineData(0x0028, 0x1053, "RescaleSlope", "Rescale Slope", "DS", "1")]
    [InlineData(0x0028, 0x3006, "LUTData", "LUT Data", "US/OW", "1-n")]
    [InlineData(0x7FE0, 0x0010, "PixelData", "Pixel Data", "OB/OW", "1")]
    [InlineData(0x0040, 0xA730, "ContentSequence", "Content Sequence", "SQ", "1")]
    [InlineData(0x0040, 0xA043, "ConceptNameCodeSequence", "Concept Name Code Sequence", "SQ", "1")]
    [InlineData(0x0040, 0xA040, "ValueType", "Value Type", "CS", "1")]
    [InlineData(0x0040, 0xA124, "UID", "UID", "UI", "1")]
    [InlineData(0x0008, 0x0100, "CodeValue", "Code Value", "SH", "1")]
    [InlineData(0x0008, 0x0102, "CodingSchemeDesignator", "Coding Scheme Designator", "SH", "1")]
    [InlineData(0x0008, 0x0104, "CodeMeaning", "Code Meaning", "LO", "1")]
    [InlineData(0x0002, 0x0001, "FileMetaInformationVersion", "File Meta Information Version", "OB", "1")]
    [InlineData(0x0002, 0x0010, "TransferSyntaxUID", "Transfer Syntax UID", "UI", "1")]
    [InlineData(0x0000, 0x0000, "CommandGroupLength", "Command Group Length", "UL", "1")]
    [InlineData(0x0000, 0x0002, "AffectedSOPClassUID", "Affected SOP Class UID", "UI", "1")]
    [InlineData(0x0000, 0x0003, "RequestedSOPClassUID", "Requested SOP Class UID", "UI", "1")]
    [InlineData(0x0000, 0x0100, "CommandField", "Command Field", "US", "1")]
    [InlineData(0x0000, 0x0110, "MessageID", "Message ID", "US", "1")]
    [InlineData(0x0000, 0x0120, "MessageIDBeingRespondedTo", "Message ID Being Responded To", "US", "1")]
    [InlineData(0x0000, 0x0600, "MoveDestination", "Move Destination", "AE", "1")]
    [InlineData(0x0000, 0x0700, "Priority", "Priority", "US", "1")]
    [InlineData(0x0000, 0x0800, "CommandDataSetType", "Command Data Set Type", "US", "1")]
    [InlineData(0x0000, 0x0900, "Status", "Status", "US", "1")]
    [InlineData(0x0000, 0x0901, "OffendingElement", "Offending Element", "AT", "1-n")]
    [InlineData(0x0000, 0x0902, "ErrorComment", "Error Comment", "LO", "1")]
    [InlineData(0x0000, 0x0903, "ErrorID", "Error ID", "US", "1")]
    [InlineData(0x0000, 0x1000, "AffectedSOPInstanceUID", "Affected SOP Instance UID", "UI", "1")]
    [InlineData(0x0000, 0x1001, "RequestedSOPInstanceUID", "Requested SOP Instance UID", "UI", "1")]
    [InlineData(0x0000, 0x1020, "NumberOfRemainingSuboperations", "Number of Remaining Sub-operations", "US", "1")]
    [InlineData(0x0000, 0x1030, "MoveOriginatorApplicationEntityTitle", "Move Originator Application Entity Title", "AE", "1")]
    [InlineData(0x0000, 0x1031, "MoveOriginatorMessageID", "Move Originator Message ID", "US", "1")]
    [InlineData(0xFFFE, 0xE000, "Item", "Item", "", "1")]
    [InlineData(0xFFFE, 0xE00D, "ItemDelimitationItem", "Item Delimitation Item", "", "1")]
    [InlineData(0xFFFE, 0xE0DD, "SequenceDelimitationItem", "Sequence Delimitation Item", "", "1")]
    public void Lookup_WellKnownTag_ReturnsStandardEntry(int group, int element, string keyword, string name, string vrs, string vm)
    {
        var tag = new DicomTag((ushort)group, (ushort)element);

        var entry = DicomDictionary.Lookup(tag);

        Assert.NotNull(entry);
        Assert.Equal(tag, entry.Tag);
        Assert.Equal(tag.ToString(), entry.Pattern);
        Assert.Equal(keyword, entry.Keyword);
        Assert.Equal(name, entry.Name);
        Assert.Equal(vrs, string.Join('/', entry.ValueRepresentations.Select(v => v.Code)));
        Assert.Equal(vm, entry.ValueMultiplicity);
        Assert.False(entry.IsRetired);
        Assert.True(DicomDictionary.TryGetTag(keyword, out var byKeyword));
        Assert.Equal(tag, byKeyword);
    }

    [Fact]
    public void GeneratedFields_WellKnownKeywords_HaveStandardTags()
    {
        Assert.Equal(new DicomTag(0x0010, 0x0010), DicomTag.PatientName);
        Assert.Equal(new DicomTag(0x0008, 0x0018), DicomTag.SOPInstanceUID);
        Assert.Equal(new DicomTag(0x7FE0, 0x0010), DicomTag.PixelData);
        Assert.Equal(new DicomTag(0x0002, 0x0003), DicomTag.MediaStorageSOPInstanceUID);
        Assert.Equal(new DicomTag(0x0000, 0x0002), DicomTag.AffectedSOPClassUID);
        Assert.Equal(new DicomTag(0x0000, 0x0100), DicomTag.CommandField);
        Assert.Equal(new DicomTag(0x0000, 0x0900), DicomTag.Status);
        Assert.Equal(new DicomTag(0x0000, 0x1031), DicomTag.MoveOriginatorMessageID);
        Assert.Equal(new DicomTag(0xFFFE, 0xE000), DicomTag.Item);
        Assert.Equal(new DicomTag(0xFFFE, 0xE00D), DicomTag.ItemDelimitationItem);
        Assert.Equal(new DicomTag(0xFFFE, 0xE0DD), DicomTag.SequenceDelimitationItem);
        Assert.Equal(new DicomTag(0x6000, 0x3000), DicomTag.OverlayData);
    }

    [Theory]
    [InlineData(0x0000, 0x0001, "CommandLengthToEnd", "UL")]
    [InlineData(0x0008, 0x0024, "OverlayDate", "DA")]
    [InlineData(0x0028, 0x0005, "ImageDimensions", "US")]
    [InlineData(0x0028, 0x0400, "TransformLabel", "LO")]
    public void Lookup_RetiredTag_IsMarkedRetired(int group, int element, string keyword, string vr)
    {
        var entry = DicomDictionary.Lookup(new DicomTag((ushort)group, (ushort)element));

        Assert.NotNull(entry);
        Assert.Equal(keyword, entry.Keyword);
        Assert.Equal(vr, Assert.Single(entry.ValueRepresentations).Code);
        Assert.True(entry.IsRetired);
    }

    [Theory]
    [InlineData(0x6000, 0x3000, "OverlayData", "(60xx,3000)")]
    [InlineData(0x6002, 0x3000, "OverlayData", "(60xx,3000)")]
    [InlineData(0x601E, 0x3000, "OverlayData", "(60xx,3000)")]
    [InlineData(0x6004, 0x0010, "OverlayRows", "(60xx,0010)")]
    [InlineData(0x6006, 0x0050, "OverlayOrigin", "(60xx,0050)")]
    [InlineData(0x5002, 0x3000, "CurveData", "(50xx,3000)")]
    [InlineData(0x0020, 0x3105, "SourceImageIDs", "(0020,31xx)")]
    [InlineData(0x0028, 0x0420, "RowsForNthOrderCoefficients", "(0028,04x0)")]
    [InlineData(0x7F02, 0x0010, "VariablePixelData", "(7Fxx,0010)")]
    [InlineData(0x1010, 0x1234, "ZonalMap", "(1010,xxxx)")]
    public void Lookup_RepeatingGroupInstance_ReturnsMaskedEntry(int group, int element, string keyword, string pattern)
    {
        var entry = DicomDictionary.Lookup(new DicomTag((ushort)group, (ushort)element));

        Assert.NotNull(entry);
        Assert.Equal(keyword, entry.Keyword);
        Assert.Equal(pattern, entry.Pattern);
    }

    [Fact]
    public void Lookup_OverlayData_HasOBorOWAndRepresentativeTag()
    {
        var entry = DicomDictionary.Lookup(new DicomTag(0x6010, 0x3000));

        Assert.NotNull(entry);
        Assert.Equal(new DicomTag(0x6000, 0x3000), entry.Tag);
        Assert.Equal(["OB", "OW"], entry.ValueRepresentations.Select(v => v.Code));
        Assert.False(entry.IsRetired);
    }

    [Fact]
    public void TryGetTag_RepeatingEntryWhoseFirstInstanceIsTaken_GivesFreeInstance()
    {
        // (0028,0400) is Transform Label, so (0028,04x0) is represented by (0028,0410).
        Assert.True(DicomDictionary.TryGetTag("RowsForNthOrderCoefficients", out var tag));

        Assert.Equal(new DicomTag(0x0028, 0x0410), tag);
        Assert.Equal("TransformLabel", DicomDictionary.Lookup(new DicomTag(0x0028, 0x0400))?.Keyword);
    }

    [Fact]
    public void Lookup_OddGroupWithRepeatingElement_IsNotARepeatingGroup()
    {
        // (6001,3000) is a private data element, not an overlay.
        Assert.Null(DicomDictionary.Lookup(new DicomTag(0x6001, 0x3000)));
    }

    [Theory]
    [InlineData(0x0008, 0x0000)]
    [InlineData(0x0028, 0x0000)]
    [InlineData(0x1000, 0x0000)]
    [InlineData(0x0029, 0x0000)]
    public void Lookup_GroupLength_ReturnsULGroupLength(int group, int element)
    {
        var tag = new DicomTag((ushort)group, (ushort)element);

        var entry = DicomDictionary.Lookup(tag);

        Assert.NotNull(entry);
        Assert.Equal(tag, entry.Tag);
        Assert.Equal("GroupLength", entry.Keyword);
        Assert.Equal("UL", Assert.Single(entry.ValueRepresentations).Code);
        Assert.False(DicomDictionary.TryGetTag("GroupLength", out _));
    }

    [Fact]
    public void Lookup_PrivateCreator_ReturnsLO()
    {
        var entry = DicomDictionary.Lookup(new DicomTag(0x0029, 0x0010));

        Assert.NotNull(entry);
        Assert.Equal("PrivateCreator", entry.Keyword);
        Assert.Equal("LO", Assert.Single(entry.ValueRepresentations).Code);
    }

    [Theory]
    [InlineData(0x0029, 0x1010)]
    [InlineData(0x0009, 0x1001)]
    [InlineData(0x0010, 0x0011)]
    [InlineData(0x0011, 0x0005)]
    public void Lookup_UnknownOrPrivateDataElement_ReturnsNull(int group, int element)
    {
        Assert.Null(DicomDictionary.Lookup(new DicomTag((ushort)group, (ushort)element)));
    }

    [Theory]
    [InlineData("patientname")]
    [InlineData("PatientsName")]
    [InlineData("Patient's Name")]
    [InlineData("")]
    [InlineData("RETIRED_CommandLengthToEnd")]
    public void TryGetTag_NotAKeyword_ReturnsFalse(string keyword)
    {
        Assert.False(DicomDictionary.TryGetTag(keyword, out var tag));
        Assert.Equal(default, tag);
    }

    [Fact]
    public void TryGetTag_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => DicomDictionary.TryGetTag(null!, out _));
    }
}
