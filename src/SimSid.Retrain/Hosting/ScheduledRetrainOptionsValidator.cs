using Microsoft.Extensions.Options;
using SimSid.Model.Configuration;
using SimSid.Retrain.Scheduling;

namespace SimSid.Retrain.Hosting;

/// <summary>
/// Checks the scheduled-retraining settings at start (only when <c>Retrain:Enabled</c>): a cron expression Cronos
/// parses, a known time zone, the registry and validation folders, and sane numbers. Every message names its key.
/// </summary>
internal sealed class ScheduledRetrainOptionsValidator : IValidateOptions<ScheduledRetrainOptions>
{
    public ValidateOptionsResult Validate(string? name, ScheduledRetrainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        ValidateSchedule(options, failures);
        if (string.IsNullOrWhiteSpace(options.RegistryDirectory))
        {
            failures.Add("Retrain:RegistryDirectory must name the model registry folder when Retrain:Enabled is true.");
        }

        if (string.IsNullOrWhiteSpace(options.ValidationDirectory))
        {
            failures.Add("Retrain:ValidationDirectory must name the labelled validation folder (NORMAL + abnormal class folders) when Retrain:Enabled is true.");
        }
        else if (!Directory.Exists(options.ValidationDirectory))
        {
            failures.Add($"Retrain:ValidationDirectory '{options.ValidationDirectory}' does not exist.");
        }

        if (!string.IsNullOrWhiteSpace(options.LabelsFile) && !File.Exists(options.LabelsFile))
        {
            failures.Add($"Retrain:LabelsFile '{options.LabelsFile}' does not exist.");
        }

        if (!SimSidPresets.Names.Contains(options.Preset, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"Retrain:Preset '{options.Preset}' is not one of {string.Join(", ", SimSidPresets.Names)}.");
        }

        if (options.Device is not ("cpu" or "cuda" or "auto"))
        {
            failures.Add($"Retrain:Device '{options.Device}' must be cpu, cuda or auto.");
        }

        if (options.Epochs is <= 0)
        {
            failures.Add("Retrain:Epochs must be positive (or empty to train to Retrain:BudgetMinutes).");
        }

        if (options.Epochs is null && options.BudgetMinutes is not > 0)
        {
            failures.Add("Retrain:BudgetMinutes must be positive when Retrain:Epochs is empty.");
        }

        if (options.MinImages < 1 || options.MaxImages < options.MinImages)
        {
            failures.Add("Retrain:MinImages must be at least 1 and Retrain:MaxImages at least Retrain:MinImages.");
        }

        if (options.WindowDays < 0 || options.HoldOutEvery < 0 || options.KeepPrevious < 0 || options.Threads < 0)
        {
            failures.Add("Retrain:WindowDays, Retrain:HoldOutEvery, Retrain:KeepPrevious and Retrain:Threads must not be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateSchedule(ScheduledRetrainOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.Schedule))
        {
            failures.Add("Retrain:Schedule must be a five-field cron expression such as '0 2 * * *' when Retrain:Enabled is true.");
            return;
        }

        try
        {
            _ = RetrainSchedule.Parse(options.Schedule, options.TimeZone);
        }
        catch (FormatException ex)
        {
            failures.Add($"Retrain:Schedule {ex.Message}");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            failures.Add($"Retrain:TimeZone '{options.TimeZone}' is not a known time zone id (use an IANA id such as Europe/Berlin, or empty for UTC).");
        }
    }
}
