using SimSid.Dicom;
using SimSid.Dicom.StructuredReport.Triage;

namespace SimSid.Gateway.Receiving;

/// <summary>Recognises the SR and KOS objects this product wrote, when a PACS forwards them back to us.</summary>
internal static class OwnObjects
{
    public static readonly IReadOnlySet<string> ReportSopClasses = new HashSet<string>(StringComparer.Ordinal)
    {
        DicomUid.BasicTextSRStorage,
        DicomUid.EnhancedSRStorage,
        DicomUid.ComprehensiveSRStorage,
        DicomUid.Comprehensive3DSRStorage,
        DicomUid.KeyObjectSelectionDocumentStorage,
    };

    public static bool IsOwn(DicomDataset dataset) =>
        ReportSopClasses.Contains(dataset.GetStringOrDefault(DicomTag.SOPClassUID) ?? string.Empty)
        && string.Equals(dataset.GetStringOrDefault(DicomTag.Manufacturer), TriageModelInfo.DefaultManufacturer, StringComparison.Ordinal);
}
