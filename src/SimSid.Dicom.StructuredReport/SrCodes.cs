namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// Coded concepts the SR templates use, from the DICOM Content Mapping Resource (PS3.16): DCM (PS3.16 Annex D),
/// SNOMED CT (SCT), UCUM units and RFC 5646 languages. Names follow the code meaning.
/// </summary>
public static class SrCodes
{
    // Document titles (CID 7021, CID 7010).
    public static readonly CodedConcept ImagingMeasurementReport = new("126000", "DCM", "Imaging Measurement Report");
    public static readonly CodedConcept OfInterest = new("113000", "DCM", "Of Interest");
    public static readonly CodedConcept KeyObjectDescription = new("113012", "DCM", "Key Object Description");

    // TID 1204 Language of Content Item and Descendants.
    public static readonly CodedConcept LanguageOfContentItemAndDescendants = new("121049", "DCM", "Language of Content Item and Descendants");
    public static readonly CodedConcept EnglishUnitedStates = new("en-US", "RFC5646", "English (United States)");

    // TID 1002 Observer Context, TID 1004 Device Observer Identifying Attributes.
    public static readonly CodedConcept ObserverType = new("121005", "DCM", "Observer Type");
    public static readonly CodedConcept Device = new("121007", "DCM", "Device");
    public static readonly CodedConcept DeviceObserverUid = new("121012", "DCM", "Device Observer UID");
    public static readonly CodedConcept DeviceObserverName = new("121013", "DCM", "Device Observer Name");
    public static readonly CodedConcept DeviceObserverManufacturer = new("121014", "DCM", "Device Observer Manufacturer");
    public static readonly CodedConcept DeviceObserverModelName = new("121015", "DCM", "Device Observer Model Name");
    public static readonly CodedConcept DeviceObserverSerialNumber = new("121016", "DCM", "Device Observer Serial Number");

    // TID 1500 Measurement Report, TID 1501 Measurement and Qualitative Evaluation Group.
    public static readonly CodedConcept ProcedureReported = new("121058", "DCM", "Procedure reported");
    public static readonly CodedConcept ImagingMeasurements = new("126010", "DCM", "Imaging Measurements");
    public static readonly CodedConcept MeasurementGroup = new("125007", "DCM", "Measurement Group");
    public static readonly CodedConcept TrackingIdentifier = new("112039", "DCM", "Tracking Identifier");
    public static readonly CodedConcept TrackingUniqueIdentifier = new("112040", "DCM", "Tracking Unique Identifier");
    public static readonly CodedConcept Finding = new("121071", "DCM", "Finding");
    public static readonly CodedConcept SourceOfMeasurement = new("121112", "DCM", "Source of Measurement");
    public static readonly CodedConcept Source = new("260753009", "SCT", "Source");

    // TID 4019 Algorithm Identification.
    public static readonly CodedConcept AlgorithmFamily = new("111000", "DCM", "Algorithm Family");
    public static readonly CodedConcept AlgorithmName = new("111001", "DCM", "Algorithm Name");
    public static readonly CodedConcept AlgorithmParameters = new("111002", "DCM", "Algorithm Parameters");
    public static readonly CodedConcept AlgorithmVersion = new("111003", "DCM", "Algorithm Version");

    // Qualitative evaluations: CID 222 Normality Codes, CID 220 Level of Significance.
    public static readonly CodedConcept Normality = new("121402", "DCM", "Normality");
    public static readonly CodedConcept Normal = new("17621005", "SCT", "Normal");
    public static readonly CodedConcept Abnormal = new("263654008", "SCT", "Abnormal");
    public static readonly CodedConcept NormalityUndetermined = new("371934000", "SCT", "Normality Undetermined");
    public static readonly CodedConcept LevelOfSignificance = new("121403", "DCM", "Level of Significance");
    public static readonly CodedConcept Significant = new("386134007", "SCT", "Significant");
    public static readonly CodedConcept NotSignificant = new("371928007", "SCT", "Not significant");

    // Units (UCUM).
    public static readonly CodedConcept NoUnits = new("1", "UCUM", "no units");
    public static readonly CodedConcept Percent = new("%", "UCUM", "Percent");

    // Contributing Equipment purpose (CID 7005).
    public static readonly CodedConcept ProcessingEquipment = new("109102", "DCM", "Processing Equipment");

    // Procedure reported default (LOINC): a single-view chest radiograph.
    public static readonly CodedConcept XrChestSingleView = new("36554-4", "LN", "XR Chest Single view");
}
