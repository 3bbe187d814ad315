namespace SimSid.Dicom;

/// <summary>Chooses VRs from the data dictionary: for implicit VR reading and for elements built without a VR.</summary>
internal static class DicomVRResolver
{
    /// <summary>The first dictionary VR of the tag, or null when the tag is unknown.</summary>
    public static DicomVR? DictionaryVR(DicomTag tag)
    {
        if (tag.Element == 0x0000)
        {
            return DicomVR.UL;
        }

        if (tag.IsPrivateCreator)
        {
            return DicomVR.LO;
        }

        var entry = DicomDictionary.Lookup(tag);
        return entry?.ValueRepresentations.FirstOrDefault();
    }

    /// <summary>
    /// The VR an implicit VR reader assigns: group lengths UL, private creators LO, "OB or OW" tags OW
    /// (PS3.5 §A.1 c: pixel data in implicit VR is OW), "US or SS" tags US, unknown tags UN.
    /// </summary>
    public static DicomVR ImplicitVR(DicomTag tag)
    {
        if (tag.Element == 0x0000)
        {
            return DicomVR.UL;
        }

        if (tag.IsPrivateCreator)
        {
            return DicomVR.LO;
        }

        var entry = DicomDictionary.Lookup(tag);
        if (entry is null)
        {
            return DicomVR.UN;
        }

        var vrs = entry.ValueRepresentations;
        if (vrs.Contains(DicomVR.OW))
        {
            return DicomVR.OW;
        }

        return vrs.FirstOrDefault() ?? DicomVR.UN;
    }
}
