using System.Globalization;
using SimSid.Dicom;

namespace SimSid.Synthetic;

/// <summary>
/// Stable UIDs for a synthetic study (2.25 name-based UUIDs): the same case always gets the same study, series and
/// instance UIDs, so re-sending it is recognisably the same object. The study depends on (seed, index, finding);
/// series and instance also on the image size, because a different size is different pixel data.
/// </summary>
public sealed record SyntheticUids(string StudyInstanceUid, string SeriesInstanceUid, string SopInstanceUid)
{
    private const string Namespace = "simsid-synthetic-chest";

    public static SyntheticUids For(PhantomCase phantomCase, int size)
    {
        ArgumentNullException.ThrowIfNull(phantomCase);
        var study = string.Create(
            CultureInfo.InvariantCulture, $"{Namespace}/{phantomCase.Seed}/{phantomCase.Index}/{phantomCase.Anomaly}");
        var image = string.Create(CultureInfo.InvariantCulture, $"{study}/{size}");
        return new SyntheticUids(
            DicomUid.FromName(string.Empty, study + "/study"),
            DicomUid.FromName(string.Empty, image + "/series"),
            DicomUid.FromName(string.Empty, image + "/instance"));
    }
}
