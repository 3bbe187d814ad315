using SimSid.Dicom;
using SimSid.Synthetic;

namespace SimSid.Commands;

/// <summary>
/// The synthetic single-image studies a run sends, written once before any host starts: warm-up, sequential and
/// burst files, each file its own study (keyed by path → Study Instance UID).
/// </summary>
internal sealed record PipelineBenchmarkInput(IReadOnlyList<string> WarmUp, IReadOnlyList<string> Sequential, IReadOnlyList<string> Burst, IReadOnlyDictionary<string, string> StudyOf)
{
    public static PipelineBenchmarkInput Write(string folder, PipelineBenchmarkOptions options)
    {
        var total = options.WarmUpStudies + options.Studies + options.Burst;
        var files = SyntheticFolderWriter.Write(folder, new SyntheticFolderOptions { Count = total, Seed = 42, AbnormalFraction = 0.5, Size = options.ImageSize })
            .Select(f => f.Path)
            .ToList();
        var studyOf = files.ToDictionary(
            f => f,
            f => DicomFile.Open(f, new DicomReadOptions { StopBeforePixelData = true }).Dataset.GetString(DicomTag.StudyInstanceUID),
            StringComparer.Ordinal);
        if (studyOf.Values.Distinct(StringComparer.Ordinal).Count() != files.Count)
        {
            throw new InvalidOperationException("The synthetic files do not each hold their own study.");
        }

        return new PipelineBenchmarkInput(
            files[..options.WarmUpStudies],
            files[options.WarmUpStudies..(options.WarmUpStudies + options.Studies)],
            files[(options.WarmUpStudies + options.Studies)..],
            studyOf);
    }
}
