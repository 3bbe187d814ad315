using System.CommandLine;
using SimSid.Dicom;
using SimSid.Dicom.Imaging;
using SimSid.Imaging;

namespace SimSid.Commands;

/// <summary>
/// <c>simsid preview FILE --out PNG [--size PX]</c>: writes the image exactly as the model sees it, after the
/// pixel pipeline (stored values, rescale, VOI window, MONOCHROME1 inversion, antialiased resize to size × size).
/// </summary>
internal static class PreviewCommand
{
    /// <summary>The model's input size.</summary>
    public const int DefaultSize = 128;

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "DICOM image file." };
        var output = new Option<string>("--out") { Description = "PNG file to write.", Required = true };
        var size = new Option<int>("--size") { Description = "Output width and height in pixels (the whole image is resized to a square).", DefaultValueFactory = _ => DefaultSize };
        size.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 8192)
            {
                result.AddError("--size must be between 1 and 8192.");
            }
        });
        var command = new Command("preview", "Write the image as the model sees it (pixel pipeline output) as a PNG.") { file, output, size };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file)!, parseResult.GetValue(output)!, parseResult.GetValue(size), parseResult.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string input, string output, int size, TextWriter error)
    {
        try
        {
            var image = DicomPixelPipeline.ToGrayImage(DicomFile.Open(input), size);
            PngEncoder.Save(image, output);
            return 0;
        }
        catch (Exception ex) when (ex is DicomException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"simsid preview: {input}: {ex.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }
}
