using System.CommandLine;
using System.Text.Json;
using SimSid.Model.Storage;
using SimSid.Retrain.Registry;

namespace SimSid.Commands;

/// <summary>
/// <c>simsid models list|promote VERSION|rollback [VERSION] --registry DIR</c>: the model registry
/// (<c>models/&lt;version&gt;/</c>, the atomically switched <c>current</c> pointer, N previous versions kept);
/// <c>simsid models import --model DIR [--version V] [--promote]</c>: a model directory into the registry;
/// <c>simsid models pack --model DIR --out DIR</c>: a float16 copy for distribution.
/// Exit codes: 0 done, 2 unknown version, no previous version or invalid registry.
/// </summary>
internal static class ModelsCommand
{
    public static Command Create()
    {
        var command = new Command("models", "List, promote and roll back models in a model registry; pack a model for distribution.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Promote());
        command.Subcommands.Add(Rollback());
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Pack());
        return command;
    }

    private static Option<DirectoryInfo> RegistryOption() =>
        new("--registry") { Description = "Registry folder (models/<version>/, current pointer, decisions/).", Required = true };

    private static Option<int> KeepOption() =>
        new("--keep") { Description = "Previous versions kept besides the current one.", DefaultValueFactory = _ => 3 };

    private static Command List()
    {
        var registry = RegistryOption();
        var command = new Command("list", "One JSON line per model version, newest first.") { registry };
        command.SetAction(parseResult => Guarded("list", () =>
        {
            foreach (var entry in new ModelRegistry(parseResult.GetRequiredValue(registry).FullName).List())
            {
                Console.WriteLine(JsonSerializer.Serialize(entry, ModelVerbJson.Compact));
            }
        }));
        return command;
    }

    private static Command Promote()
    {
        var registry = RegistryOption();
        var keep = KeepOption();
        var version = new Argument<string>("VERSION") { Description = "The version to make current." };
        var command = new Command("promote", "Make VERSION the current model.") { registry, keep, version };
        command.SetAction(parseResult => Guarded("promote", () =>
        {
            var models = new ModelRegistry(parseResult.GetRequiredValue(registry).FullName, parseResult.GetValue(keep));
            models.Promote(parseResult.GetRequiredValue(version));
            Console.WriteLine(JsonSerializer.Serialize(new { current = models.CurrentVersion }, ModelVerbJson.Compact));
        }));
        return command;
    }

    private static Command Rollback()
    {
        var registry = RegistryOption();
        var keep = KeepOption();
        var version = new Argument<string?>("VERSION") { Description = "The version to restore (default: the previously current one).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("rollback", "Restore VERSION or the previously current model.") { registry, keep, version };
        command.SetAction(parseResult => Guarded("rollback", () =>
        {
            var models = new ModelRegistry(parseResult.GetRequiredValue(registry).FullName, parseResult.GetValue(keep));
            var restored = models.Rollback(parseResult.GetValue(version));
            Console.WriteLine(JsonSerializer.Serialize(new { current = restored }, ModelVerbJson.Compact));
        }));
        return command;
    }

    private static Command Import()
    {
        var registry = RegistryOption();
        var keep = KeepOption();
        var model = new Option<DirectoryInfo>("--model") { Description = "The model directory to copy in (e.g. the shipped models/zhanglab-compact).", Required = true };
        var version = new Option<string?>("--version") { Description = "Version name in the registry (default: the model's own version)." };
        var promote = new Option<bool>("--promote") { Description = "Make the imported version current." };
        var command = new Command("import", "Copy a model directory into the registry as a new version (new Device UID); optionally make it current.") { registry, keep, model, version, promote };
        command.SetAction(parseResult => Guarded("import", () =>
        {
            var models = new ModelRegistry(parseResult.GetRequiredValue(registry).FullName, parseResult.GetValue(keep));
            var entry = models.Import(parseResult.GetRequiredValue(model).FullName, parseResult.GetValue(version));
            if (parseResult.GetValue(promote))
            {
                models.Promote(entry.Version);
            }

            Console.WriteLine(JsonSerializer.Serialize(new { imported = entry.Version, current = models.CurrentVersion }, ModelVerbJson.Compact));
        }));
        return command;
    }

    private static Command Pack()
    {
        var model = new Option<DirectoryInfo>("--model") { Description = "The model directory to pack.", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory for the float16 copy (weights, model.json, file lists, metrics, card).", Required = true };
        var command = new Command("pack", "Write a float16 copy of a model for distribution (half the size, same identity and threshold).") { model, output };
        command.SetAction(parseResult => Guarded("pack", () =>
        {
            var destination = parseResult.GetRequiredValue(output).FullName;
            var manifest = ModelPacker.PackHalf(parseResult.GetRequiredValue(model).FullName, destination);
            var bytes = new FileInfo(Path.Combine(destination, manifest.WeightsFile)).Length;
            Console.WriteLine(JsonSerializer.Serialize(new { model = destination, precision = manifest.WeightsPrecision, weightsBytes = bytes, version = manifest.Version, deviceUid = manifest.DeviceUid }, ModelVerbJson.Compact));
        }));
        return command;
    }

    private static int Guarded(string verb, Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception ex) when (ex is RegistryException or ModelFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"simsid models {verb}: {ex.Message}");
            return 2;
        }
    }
}
