using System.Reflection;
using System.Text.RegularExpressions;
using SimSid.Dicom;

namespace SimSid.Dicom.Tests.Dictionary;

/// <summary>The generated UID constants (PS3.6 Table A-1, PS3.16 coding schemes) and the registry look-ups.</summary>
public sealed partial class DicomUidRegistryTests
{
    [Theory]
    [InlineData(DicomUid.Verification, "1.2.840.10008.1.1")]
    [InlineData(DicomUid.ImplicitVRLittleEndian, "1.2.840.10008.1.2")]
    [InlineData(DicomUid.ExplicitVRLittleEndian, "1.2.840.10008.1.2.1")]
    [InlineData(DicomUid.DeflatedExplicitVRLittleEndian, "1.2.840.10008.1.2.1.99")]
    [InlineData(DicomUid.ExplicitVRBigEndian, "1.2.840.10008.1.2.2")]
    [InlineData(DicomUid.JPEGBaseline8Bit, "1.2.840.10008.1.2.4.50")]
    [InlineData(DicomUid.JPEGExtended12Bit, "1.2.840.10008.1.2.4.51")]
    [InlineData(DicomUid.JPEGLossless, "1.2.840.10008.1.2.4.57")]
    [InlineData(DicomUid.JPEGLosslessSV1, "1.2.840.10008.1.2.4.70")]
    [InlineData(DicomUid.JPEGLSLossless, "1.2.840.10008.1.2.4.80")]
    [InlineData(DicomUid.JPEGLSNearLossless, "1.2.840.10008.1.2.4.81")]
    [InlineData(DicomUid.JPEG2000Lossless, "1.2.840.10008.1.2.4.90")]
    [InlineData(DicomUid.JPEG2000, "1.2.840.10008.1.2.4.91")]
    [InlineData(DicomUid.RLELossless, "1.2.840.10008.1.2.5")]
    [InlineData(DicomUid.DICOMApplicationContext, "1.2.840.10008.3.1.1.1")]
    [InlineData(DicomUid.StorageCommitmentPushModel, "1.2.840.10008.1.20.1")]
    [InlineData(DicomUid.ComputedRadiographyImageStorage, "1.2.840.10008.5.1.4.1.1.1")]
    [InlineData(DicomUid.DigitalXRayImageStorageForPresentation, "1.2.840.10008.5.1.4.1.1.1.1")]
    [InlineData(DicomUid.DigitalXRayImageStorageForProcessing, "1.2.840.10008.5.1.4.1.1.1.1.1")]
    [InlineData(DicomUid.SecondaryCaptureImageStorage, "1.2.840.10008.5.1.4.1.1.7")]
    [InlineData(DicomUid.BasicTextSRStorage, "1.2.840.10008.5.1.4.1.1.88.11")]
    [InlineData(DicomUid.EnhancedSRStorage, "1.2.840.10008.5.1.4.1.1.88.22")]
    [InlineData(DicomUid.ComprehensiveSRStorage, "1.2.840.10008.5.1.4.1.1.88.33")]
    [InlineData(DicomUid.Comprehensive3DSRStorage, "1.2.840.10008.5.1.4.1.1.88.34")]
    [InlineData(DicomUid.KeyObjectSelectionDocumentStorage, "1.2.840.10008.5.1.4.1.1.88.59")]
    [InlineData(DicomUid.ChestCADSRStorage, "1.2.840.10008.5.1.4.1.1.88.65")]
    [InlineData(DicomUid.PatientRootQueryRetrieveInformationModelFind, "1.2.840.10008.5.1.4.1.2.1.1")]
    [InlineData(DicomUid.StudyRootQueryRetrieveInformationModelMove, "1.2.840.10008.5.1.4.1.2.2.2")]
    [InlineData(DicomUid.DCM, "1.2.840.10008.2.16.4")]
    [InlineData(DicomUid.SCT, "2.16.840.1.113883.6.96")]
    [InlineData(DicomUid.LN, "2.16.840.1.113883.6.1")]
    [InlineData(DicomUid.UCUM, "2.16.840.1.113883.6.8")]
    public void Constant_HasStandardValue(string constant, string expected)
    {
        Assert.Equal(expected, constant);
    }

    [Theory]
    [InlineData("1.2.840.10008.1.1", "Verification SOP Class")]
    [InlineData("1.2.840.10008.1.2.1", "Explicit VR Little Endian")]
    [InlineData("1.2.840.10008.5.1.4.1.1.1", "Computed Radiography Image Storage")]
    [InlineData("1.2.840.10008.5.1.4.1.1.88.59", "Key Object Selection Document Storage")]
    [InlineData("1.2.840.10008.2.16.4", "DICOM Controlled Terminology")]
    [InlineData("2.16.840.1.113883.6.96", "SNOMED CT")]
    public void TryGetKnownName_RegisteredUid_ReturnsRegisteredName(string uid, string name)
    {
        Assert.True(DicomUid.TryGetKnownName(uid, out var found));
        Assert.Equal(name, found);
    }

    [Theory]
    [InlineData("1.2.3.4")]
    [InlineData("")]
    [InlineData("2.25.1234")]
    public void TryGetKnownName_UnknownUid_ReturnsFalse(string uid)
    {
        Assert.False(DicomUid.TryGetKnownName(uid, out var name));
        Assert.Equal(string.Empty, name);
    }

    [Fact]
    public void TryGetKnownName_PaddedValueAsStored_IsFound()
    {
        Assert.True(DicomUid.TryGetKnownName("1.2.840.10008.1.2\0", out var name));
        Assert.Equal("Implicit VR Little Endian", name);
    }

    [Theory]
    [InlineData(DicomUid.ComputedRadiographyImageStorage)]
    [InlineData(DicomUid.DigitalXRayImageStorageForPresentation)]
    [InlineData(DicomUid.DigitalXRayImageStorageForProcessing)]
    [InlineData(DicomUid.SecondaryCaptureImageStorage)]
    [InlineData(DicomUid.BasicTextSRStorage)]
    [InlineData(DicomUid.EnhancedSRStorage)]
    [InlineData(DicomUid.ComprehensiveSRStorage)]
    [InlineData(DicomUid.Comprehensive3DSRStorage)]
    [InlineData(DicomUid.KeyObjectSelectionDocumentStorage)]
    [InlineData(DicomUid.CTImageStorage)]
    [InlineData(DicomUid.EncapsulatedPDFStorage)]
    public void IsStorageSopClass_StorageClass_ReturnsTrue(string uid)
    {
        Assert.True(DicomUid.IsStorageSopClass(uid));
    }

    [Theory]
    [InlineData(DicomUid.Verification)]
    [InlineData(DicomUid.StorageCommitmentPushModel)]
    [InlineData(DicomUid.MediaStorageDirectoryStorage)]
    [InlineData(DicomUid.ExplicitVRLittleEndian)]
    [InlineData(DicomUid.StudyRootQueryRetrieveInformationModelFind)]
    [InlineData(DicomUid.DICOMApplicationContext)]
    [InlineData("1.2.3.4")]
    public void IsStorageSopClass_OtherUid_ReturnsFalse(string uid)
    {
        Assert.False(DicomUid.IsStorageSopClass(uid));
    }

    [Fact]
    public void IsTransferSyntax_SeparatesTransferSyntaxesFromSopClasses()
    {
        Assert.True(DicomUid.IsTransferSyntax(DicomUid.ImplicitVRLittleEndian));
        Assert.True(DicomUid.IsTransferSyntax(DicomUid.JPEG2000));
        Assert.False(DicomUid.IsTransferSyntax(DicomUid.ComputedRadiographyImageStorage));
        Assert.False(DicomUid.IsTransferSyntax("1.2.3"));
    }

    [Fact]
    public void KnownEntries_AreValidUniqueAndMatchTheirConstants()
    {
        var constants = typeof(DicomUid)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name != nameof(DicomUid.MaxLength))
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);
        var entries = DicomUid.KnownEntries.ToList();

        Assert.InRange(entries.Count, 400, 1000);
        Assert.Equal(entries.Count, entries.Select(e => e.Uid).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(entries.Count, entries.Select(e => e.Keyword).Distinct(StringComparer.Ordinal).Count());
        Assert.All(entries, e =>
        {
            Assert.True(DicomUid.IsValid(e.Uid), e.Uid);
            Assert.Matches(IdentifierPattern(), e.Keyword);
            Assert.False(string.IsNullOrWhiteSpace(e.Name));
            Assert.Equal(e.Uid, constants[e.Keyword]);
        });
        Assert.Equal(entries.Count, constants.Count);
    }

    [Fact]
    public void KnownEntries_SopClassesOfTheCoreContract_AreStorage()
    {
        var storage = DicomUid.KnownEntries.Where(e => e.IsStorageSopClass).ToList();

        Assert.InRange(storage.Count, 100, 400);
        Assert.All(storage, e => Assert.Equal("SOP Class", e.Type));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
