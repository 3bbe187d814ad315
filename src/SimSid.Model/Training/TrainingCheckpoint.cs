using System.Text.Json;
using SimSid.Model.Network;
using SimSid.Model.Storage;
using TorchSharp.Modules;

namespace SimSid.Model.Training;

/// <summary>
/// The resumable state in <c>&lt;out&gt;/checkpoint/</c>: live weights, averaged weights, both optimisers' state, the
/// best-validation weights and <c>state.json</c>. Every file is written atomically and state.json last.
/// </summary>
internal sealed class TrainingCheckpoint(string outputDirectory)
{
    public string Directory { get; } = Path.Combine(outputDirectory, "checkpoint");

    private string StatePath => Path.Combine(Directory, "state.json");

    public string BestWeightsPath => Path.Combine(Directory, "best.dat");

    public bool Exists => File.Exists(StatePath);

    public void Save(SimSidNetwork live, SimSidNetwork averaged, Adam generatorOptimizer, Adam discriminatorOptimizer, TrainingState state)
    {
        System.IO.Directory.CreateDirectory(Directory);
        AtomicFile.Write(Path.Combine(Directory, "live.dat"), temp => live.save(temp));
        if (!ReferenceEquals(live, averaged))
        {
            AtomicFile.Write(Path.Combine(Directory, "averaged.dat"), temp => averaged.save(temp));
        }

        AtomicFile.Write(Path.Combine(Directory, "optimizer-g.dat"), generatorOptimizer.save_state_dict);
        AtomicFile.Write(Path.Combine(Directory, "optimizer-d.dat"), discriminatorOptimizer.save_state_dict);
        AtomicFile.WriteText(StatePath, JsonSerializer.Serialize(state, ModelJson.Options));
    }

    public void SaveBest(SimSidNetwork averaged) => AtomicFile.Write(BestWeightsPath, temp => averaged.save(temp));

    public TrainingState Load(SimSidNetwork live, SimSidNetwork averaged, Adam generatorOptimizer, Adam discriminatorOptimizer, string preset)
    {
        var state = JsonSerializer.Deserialize<TrainingState>(File.ReadAllText(StatePath), ModelJson.Options)
            ?? throw new ModelFormatException($"{StatePath} is empty.");
        if (!string.Equals(state.Preset, preset, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelFormatException($"The checkpoint in {Directory} was trained with preset '{state.Preset}', not '{preset}'.");
        }

        ModelStore.LoadWeights(live, Path.Combine(Directory, "live.dat"));
        if (!ReferenceEquals(live, averaged))
        {
            ModelStore.LoadWeights(averaged, Path.Combine(Directory, "averaged.dat"));
        }

        generatorOptimizer.load_state_dict(Path.Combine(Directory, "optimizer-g.dat"));
        discriminatorOptimizer.load_state_dict(Path.Combine(Directory, "optimizer-d.dat"));
        return state;
    }
}
