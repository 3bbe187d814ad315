namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// Writes references as the Hierarchical SOP Instance Reference Macro (PS3.3 Table C.17-3): one item per study,
/// holding Referenced Series Sequence items, each holding Referenced SOP Sequence items. Order is first
/// appearance, so equal inputs give equal datasets.
/// </summary>
internal static class EvidenceReferences
{
    public static IEnumerable<DicomDataset> ToHierarchicalItems(IEnumerable<SopInstanceReference> references)
    {
        var distinct = references.DistinctBy(r => r.SopInstanceUid).ToList();
        foreach (var study in distinct.GroupBy(r => r.StudyInstanceUid))
        {
            var studyItem = new DicomDataset();
            studyItem.SetText(DicomTag.StudyInstanceUID, DicomVR.UI, study.Key);
            var seriesItems = study.GroupBy(r => r.SeriesInstanceUid).Select(series =>
            {
                var seriesItem = new DicomDataset();
                seriesItem.SetText(DicomTag.SeriesInstanceUID, DicomVR.UI, series.Key);
                seriesItem.SetSequence(DicomTag.ReferencedSOPSequence, series.Select(ToSopItem));
                return seriesItem;
            });
            studyItem.SetSequence(DicomTag.ReferencedSeriesSequence, seriesItems);
            yield return studyItem;
        }
    }

    private static DicomDataset ToSopItem(SopInstanceReference reference)
    {
        var item = new DicomDataset();
        item.SetText(DicomTag.ReferencedSOPClassUID, DicomVR.UI, reference.SopClassUid);
        item.SetText(DicomTag.ReferencedSOPInstanceUID, DicomVR.UI, reference.SopInstanceUid);
        return item;
    }
}
