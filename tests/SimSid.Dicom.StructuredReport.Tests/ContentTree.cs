namespace SimSid.Dicom.StructuredReport.Tests;

/// <summary>Finds content items in a written SR dataset by concept name code value.</summary>
internal static class ContentTree
{
    public static IEnumerable<DicomDataset> Items(DicomDataset node)
    {
        foreach (var child in node.GetSequence(DicomTag.ContentSequence)?.Items ?? [])
        {
            yield return child;
            foreach (var descendant in Items(child))
            {
                yield return descendant;
            }
        }
    }

    public static IReadOnlyList<DicomDataset> Find(DicomDataset root, string conceptCodeValue) =>
        [.. Items(root).Where(i => ConceptCode(i) == conceptCodeValue)];

    public static string? ConceptCode(DicomDataset item) =>
        item.GetSequence(DicomTag.ConceptNameCodeSequence)?.Items[0].GetStringOrDefault(DicomTag.CodeValue);

    public static string CodeValueOf(DicomDataset codeItem) =>
        codeItem.GetSequence(DicomTag.ConceptCodeSequence)!.Items[0].GetString(DicomTag.CodeValue);

    public static DicomDataset Sole(DicomDataset node, string sequenceOwnerCode) =>
        Assert.Single(Find(node, sequenceOwnerCode));
}
