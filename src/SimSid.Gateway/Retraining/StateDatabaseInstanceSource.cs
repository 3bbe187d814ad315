using SimSid.Dicom;
using SimSid.Gateway.State;
using SimSid.Retrain.Selection;

namespace SimSid.Gateway.Retraining;

/// <summary>
/// The retraining library's <see cref="IArchivedInstanceSource"/> over the gateway's state database: every instance
/// received in the window with its archive path; Modality and View Position from the archived file's header (read up
/// to the pixel data; Modality falls back to the SOP class); and the study's score and flag from its latest scored
/// job, so retraining can leave out studies the current model flagged. Instances whose archived file is gone are left
/// out; a file whose header cannot be read is returned without Modality/View Position (the selector then skips it).
/// </summary>
public sealed class StateDatabaseInstanceSource(StateDatabase database) : IArchivedInstanceSource
{
    private static readonly DicomReadOptions HeaderOnly = new() { StopBeforePixelData = true };

    public IEnumerable<ArchivedInstance> Received(DateTimeOffset fromUtc, DateTimeOffset toUtc)
    {
        ArgumentNullException.ThrowIfNull(database);
        foreach (var row in Rows(fromUtc, toUtc))
        {
            if (!File.Exists(row.Path))
            {
                continue;
            }

            var (modality, view) = ReadAttributes(row.Path);
            yield return new ArchivedInstance(
                row.SopInstanceUid,
                row.StudyInstanceUid,
                row.Path,
                modality ?? ModalityOf(row.SopClassUid),
                view,
                row.ReceivedUtc,
                row.Score,
                row.Flagged);
        }
    }

    /// <summary>The modality a SOP class implies (CR, DX), or null when the class does not say.</summary>
    internal static string? ModalityOf(string sopClassUid) => sopClassUid switch
    {
        DicomUid.ComputedRadiographyImageStorage => "CR",
        DicomUid.DigitalXRayImageStorageForPresentation or DicomUid.DigitalXRayImageStorageForProcessing => "DX",
        _ => null,
    };

    private static (string? Modality, string? ViewPosition) ReadAttributes(string path)
    {
        try
        {
            var dataset = DicomFile.Open(path, HeaderOnly).Dataset;
            return (Blank(dataset.GetStringOrDefault(DicomTag.Modality)), Blank(dataset.GetStringOrDefault(DicomTag.ViewPosition)));
        }
        catch (Exception ex) when (ex is DicomException or IOException or UnauthorizedAccessException)
        {
            return (null, null);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private List<Row> Rows(DateTimeOffset fromUtc, DateTimeOffset toUtc)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT i.sop_instance_uid, i.study_uid, i.path, i.sop_class_uid, i.received_utc, j.score, j.flagged
            FROM instances i
            LEFT JOIN jobs j ON j.id = (SELECT MAX(id) FROM jobs WHERE study_uid = i.study_uid AND score IS NOT NULL)
            WHERE i.received_utc >= $from AND i.received_utc < $to
            ORDER BY i.received_utc, i.sop_instance_uid;
            """;
        command.Parameters.AddWithValue("$from", UtcText.Format(fromUtc));
        command.Parameters.AddWithValue("$to", UtcText.Format(toUtc));
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
        {
            rows.Add(new Row(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                UtcText.Parse(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetDouble(5),
                reader.IsDBNull(6) ? null : reader.GetInt64(6) != 0));
        }

        return rows;
    }

    private sealed record Row(string SopInstanceUid, string StudyInstanceUid, string Path, string SopClassUid, DateTimeOffset ReceivedUtc, double? Score, bool? Flagged);
}
