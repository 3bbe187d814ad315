using Microsoft.Extensions.Options;
using SimSid.Dicom.Network.Scp;
using SimSid.Gateway.Receiving;

namespace SimSid.Gateway;

/// <summary>
/// Completes and checks the SCP options: staging beside the archive (same file system, so the move is an atomic
/// rename), our SR/KOS classes accepted by default (so they can be acknowledged and ignored), AE title and port valid.
/// </summary>
internal sealed class ScpOptionsSetup(IOptions<StorageOptions> storage) : IPostConfigureOptions<DicomScpOptions>, IValidateOptions<DicomScpOptions>
{
    public const string DefaultStagingFolder = ".staging";

    public void PostConfigure(string? name, DicomScpOptions options)
    {
        if (options.StagingDirectory == new DicomScpOptions().StagingDirectory)
        {
            options.StagingDirectory = Path.Combine(Path.GetFullPath(storage.Value.ArchiveDirectory), DefaultStagingFolder);
        }

        if (options.SopClasses.Count == 0)
        {
            foreach (var sopClass in DicomScpOptions.DefaultSopClasses.Concat(OwnObjects.ReportSopClasses))
            {
                options.SopClasses.Add(sopClass);
            }
        }
    }

    public ValidateOptionsResult Validate(string? name, DicomScpOptions options)
    {
        var failures = new List<string>();
        if (!AeTitles.IsValid(options.AeTitle))
        {
            failures.Add($"Dicom:Scp:AeTitle '{options.AeTitle}' is not a valid AE title (1-16 characters, no backslash or control characters).");
        }

        if (options.Port is < 0 or > 65535)
        {
            failures.Add($"Dicom:Scp:Port {options.Port} is not a TCP port.");
        }

        if (!System.Net.IPAddress.TryParse(options.BindAddress, out _))
        {
            failures.Add($"Dicom:Scp:BindAddress '{options.BindAddress}' is not an IP address.");
        }

        foreach (var ae in options.AllowedCallingAes.Where(a => !AeTitles.IsValid(a.Split('@')[0])))
        {
            failures.Add($"Dicom:Scp:AllowedCallingAes entry '{ae}' is not 'AE' or 'AE@host'.");
        }

        if (options.MaxAssociations < 1)
        {
            failures.Add("Dicom:Scp:MaxAssociations must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
