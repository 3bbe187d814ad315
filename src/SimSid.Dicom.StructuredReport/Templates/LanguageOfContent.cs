namespace SimSid.Dicom.StructuredReport.Templates;

/// <summary>
/// TID 1204 "Language of Content Item and Descendants": a HAS CONCEPT MOD CODE item (121049, DCM) whose value
/// is an RFC 5646 language tag, English (United States) by default.
/// </summary>
public sealed class LanguageOfContent
{
    public LanguageOfContent(CodedConcept? language = null)
    {
        Language = language ?? SrCodes.EnglishUnitedStates;
    }

    public CodedConcept Language { get; }

    public ContentItem ToContentItem() =>
        new CodeItem(SrCodes.LanguageOfContentItemAndDescendants, Language, RelationshipType.HasConceptMod);
}
