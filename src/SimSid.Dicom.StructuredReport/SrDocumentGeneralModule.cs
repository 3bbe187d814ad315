namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// The SR Document General Module (PS3.3 C.17.2) attributes that depend on the header and the evidence.
/// Verification Flag is always UNVERIFIED: this library writes machine output that no person has verified.
/// </summary>
internal static class SrDocumentGeneralModule
{
    public static void Write(
        DicomDataset dataset,
        SrDocumentHeader header,
        IEnumerable<SopInstanceReference> currentEvidence,
        IEnumerable<SopInstanceReference> otherEvidence)
    {
        dataset.SetText(DicomTag.CompletionFlag, DicomVR.CS, header.Completion.ToCode());
        dataset.SetText(DicomTag.VerificationFlag, DicomVR.CS, "UNVERIFIED");
        if (header.Preliminary is { } preliminary)
        {
            dataset.SetText(DicomTag.PreliminaryFlag, DicomVR.CS, preliminary.ToCode());
        }

        dataset.SetSequence(DicomTag.PerformedProcedureCodeSequence, header.PerformedProcedureCodes.Select(c => c.ToDataset()));
        var current = EvidenceReferences.ToHierarchicalItems(currentEvidence).ToList();
        if (current.Count > 0)
        {
            dataset.SetSequence(DicomTag.CurrentRequestedProcedureEvidenceSequence, current);
        }

        var other = EvidenceReferences.ToHierarchicalItems(otherEvidence).ToList();
        if (other.Count > 0)
        {
            dataset.SetSequence(DicomTag.PertinentOtherEvidenceSequence, other);
        }

        if (header.Predecessors.Count > 0)
        {
            dataset.SetSequence(DicomTag.PredecessorDocumentsSequence, EvidenceReferences.ToHierarchicalItems(header.Predecessors));
        }
    }
}
