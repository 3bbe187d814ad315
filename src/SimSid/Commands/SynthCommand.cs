using System.CommandLine;
using System.Globalization;
using SimSid.Synthetic;

namespace SimSid.Commands;

/// <summary>
/// <c>simsid synth --out DIR [--count N] [--abnormal-fraction F] [--seed S] [--format dicom|png] [--size PX] [--finding-extent X]</c>:
/// writes synthetic chest phantoms to DIR/NORMAL and DIR/ABNORMAL. Prints counts only, never patient identities.
/// </summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Output folder; NORMAL/ and ABNORMAL/ are created inside it.",
            Required = true,
        };
        var count = new Option<int>("--count")
        {
            Description = "Number of cases (patients) to generate.",
            DefaultValueFactory = _ => SyntheticFolderOptions.DefaultCount,
        };
        var fraction = new Option<double>("--abnormal-fraction")
        {
            Description = "Share of cases with a finding, in [0, 1].",
            DefaultValueFactory = _ => SyntheticFolderOptions.DefaultAbnormalFraction,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed: the same seed always gives the same files.",
            DefaultValueFactory = _ => SyntheticFolderOptions.DefaultSeed,
        };
        var format = new Option<string>("--format")
        {
            Description = "dicom (CR instances, .dcm) or png (8-bit greyscale).",
            DefaultValueFactory = _ => "dicom",
        };
        format.AcceptOnlyFromAmong("dicom", "png");
        var size = new Option<int>("--size")
        {
            Description = "Image width and height in pixels.",
            DefaultValueFactory = _ => ChestPhantomGenerator.DefaultSize,
        };

        var extent = new Option<double>("--finding-extent")
        {
            Description = "How far findings reach, as a multiple of the default 1 (e.g. 2.5: obvious even at 32 px).",
            DefaultValueFactory = _ => 1,
        };
        extent.Validators.Add(r =>
        {
            var x = r.GetValueOrDefault<double>();
            AddErrorUnless(
                r,
                x is > 0 and <= ChestPhantomGenerator.MaximumFindingExtent,
                string.Create(CultureInfo.InvariantCulture, $"--finding-extent must lie in (0, {ChestPhantomGenerator.MaximumFindingExtent}]."));
        });
        count.Validators.Add(r => AddErrorUnless(r, r.GetValueOrDefault<int>() >= 0, "--count must not be negative."));
        fraction.Validators.Add(r =>
        {
            var f = r.GetValueOrDefault<double>();
            AddErrorUnless(r, f is >= 0 and <= 1, "--abnormal-fraction must lie in [0, 1].");
        });
        size.Validators.Add(r =>
        {
            var px = r.GetValueOrDefault<int>();
            AddErrorUnless(
                r,
                px is >= ChestPhantomGenerator.MinimumSize and <= ChestPhantomGenerator.MaximumSize,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"--size must lie in [{ChestPhantomGenerator.MinimumSize}, {ChestPhantomGenerator.MaximumSize}]."));
        });

        var command = new Command("synth", "Generate synthetic chest radiograph phantoms (normal and with findings).")
        {
            output, count, fraction, seed, format, size, extent,
        };
        command.SetAction(parseResult =>
        {
            var options = new SyntheticFolderOptions
            {
                Count = parseResult.GetValue(count),
                AbnormalFraction = parseResult.GetValue(fraction),
                Seed = parseResult.GetValue(seed),
                Format = parseResult.GetValue(format) == "png" ? SyntheticImageFormat.Png : SyntheticImageFormat.Dicom,
                Size = parseResult.GetValue(size),
                FindingExtent = parseResult.GetValue(extent),
            };
            var directory = parseResult.GetRequiredValue(output).FullName;
            try
            {
                var files = SyntheticFolderWriter.Write(directory, options);
                var abnormal = files.Count(f => f.Case.IsAbnormal);
                parseResult.InvocationConfiguration.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Wrote {files.Count} {options.Format.ToString().ToUpperInvariant()} files to {directory}: {files.Count - abnormal} NORMAL, {abnormal} ABNORMAL."));
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"synth: cannot write to {directory}: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static void AddErrorUnless(System.CommandLine.Parsing.OptionResult result, bool condition, string message)
    {
        if (!condition)
        {
            result.AddError(message);
        }
    }
}
