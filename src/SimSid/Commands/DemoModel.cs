using System.CommandLine;

namespace SimSid.Commands;

/// <summary>When no trained model exists, the demo trains a tiny one on synthetic normals (seconds; its scores mean little).</summary>
internal static class DemoModel
{
    public static async Task<string> TrainTinyAsync(string root, CancellationToken cancellationToken)
    {
        var data = Path.Combine(root, "train");
        var output = Path.Combine(root, "model");
        Console.WriteLine("No trained model found (Inference:ModelDirectory, SIMSID_MODEL, models/zhanglab-*): training a tiny demo model on synthetic normal phantoms first; its scores are for the demo only.");
        Synthetic.SyntheticFolderWriter.Write(data, new Synthetic.SyntheticFolderOptions { Count = 16, AbnormalFraction = 0, Seed = 7, Size = 128 });
        var train = new RootCommand { TrainCommand.Create() };
        var exit = await train.Parse(["train", "--data", data, "--preset", "tiny", "--out", output, "--epochs", "1", "--threads", "1"]).InvokeAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (exit != 0)
        {
            throw new InvalidOperationException($"Training the tiny demo model failed (exit code {exit}).");
        }

        return output;
    }
}
