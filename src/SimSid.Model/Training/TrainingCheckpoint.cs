using System.Text.Json;
using SimSid.Model.Network;
using SimSid.Model.Storage;

namespace SimSid.Model.Training;

/// <summary>
/// The resumable state in <c>&lt;out&gt;/checkpoint/</c>: live weights, averaged weights, both optimisers' state, the
/// best-validation weights and <c>state.json</c>. Every file is written atomically and state.json last.
/// </summary>
internal sealed class TrainingCheckpoint(string outputDirectory)
{
    public string Directory { get; } = DirectoryOf(outputDirectory);

    public static string DirectoryOf(string outputDirectory) => Path.Combine(outputDirectory, "checkpoint");

    private string StatePath => Path.Combine(Directory, "state.json");

    public string BestWeightsPath => Path.Combine(Directory, "best.dat");

    public bool Exists => File.Exists(StatePath);

    private const string GeneratorOptimizerFile = "adam-g.dat";

    private const string DiscriminatorOptimizerFile = "adam-d.dat";

    public void Save(SimSidNetwork live, SimSidNetwork averaged, CoupledAdam generatorOptimizer, CoupledAdam discriminatorOptimizer, TrainingState state)
    {
        System.IO.Directory.CreateDirectory(Directory);
        AtomicFile.Write(Path.Combine(Directory, "live.dat"), temp => live.save(temp));
        if (!ReferenceEquals(live, averaged))
        {
            AtomicFile.Write(Path.Combine(Directory, "averaged.dat"), temp => averaged.save(temp));
        }

        AtomicFile.Write(Path.Combine(Directory, GeneratorOptimizerFile), generatorOptimizer.Save);
        AtomicFile.Write(Path.Combine(Directory, DiscriminatorOptimizerFile), discriminatorOptimizer.Save);
        AtomicFile.WriteText(StatePath, JsonSerializer.Serialize(state, ModelJson.Options));
    }

    public void SaveBest(SimSidNetwork averaged) => AtomicFile.Write(BestWeightsPath, temp => averaged.save(temp));

    public TrainingState Load(SimSidNetwork live, SimSidNetwork averaged, CoupledAdam generatorOptimizer, CoupledAdam discriminatorOptimizer, string preset)
    {
        var state = JsonSerializer.Deserialize<TrainingState>(File.ReadAllText(StatePath), ModelJson.Options)
            ?? throw new ModelFormatException($"{StatePath} is empty.");
        if (!string.Equals(state.Preset, preset, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelFormatException($"The checkpoint in {Directory} was trained with preset '{state.Preset}', not '{preset}'.");
        }

        if (!File.Exists(Path.Combine(Directory, GeneratorOptimizerFile)))
        {
            throw new ModelFormatException($"The checkpoint in {Directory} was written by an older simsid (no {GeneratorOptimizerFile}): start a fresh run without --resume.");
        }

        ModelStore.LoadWeights(live, Path.Combine(Directory, "live.dat"));
        if (!ReferenceEquals(live, averaged))
        {
            ModelStore.LoadWeights(averaged, Path.Combine(Directory, "averaged.dat"));
        }

        generatorOptimizer.Load(Path.Combine(Directory, GeneratorOptimizerFile));
        discriminatorOptimizer.Load(Path.Combine(Directory, DiscriminatorOptimizerFile));
        return state;
    }
}
