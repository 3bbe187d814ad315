using System.Globalization;
using SimSid.Model.Configuration;
using SimSid.Model.Network;
using SimSid.Model.Storage;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Training;

/// <summary>
/// The weights of the last few epochs, kept on disk in <c>checkpoint/window/epoch-NNNN.dat</c> (so a resumed run finds
/// them), and their mean: every floating-point tensor of the state dict (parameters, batch-norm statistics, memory
/// buffers) is averaged; integer tensors (batch counters, queue pointers) come from the latest epoch. Files of epochs
/// after the one being added belong to a run that was rolled back and are removed.
/// </summary>
internal sealed class EpochWeightWindow : IDisposable
{
    private const string Prefix = "epoch-";

    private readonly int size;
    private readonly SimSidNetwork scratch;

    public EpochWeightWindow(string checkpointDirectory, int size, SimSidConfig config, Device device)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 2);
        this.size = size;
        Directory = Path.Combine(checkpointDirectory, "window");
        scratch = new SimSidNetwork(config);
        scratch.to(device);
    }

    public string Directory { get; }

    /// <summary>Removes every kept epoch (a fresh run into a used folder).</summary>
    public void Clear()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    /// <summary>Keeps <paramref name="network"/>'s weights as those of <paramref name="epoch"/> and drops what falls out of the window.</summary>
    public void Add(int epoch, SimSidNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        AtomicFile.Write(PathOf(epoch), temp => network.save(temp));
        var kept = KeptEpochs();
        foreach (var stale in kept.Where(e => e > epoch).Concat(kept.Where(e => e <= epoch).SkipLast(size)))
        {
            File.Delete(PathOf(stale));
        }
    }

    /// <summary>The kept epochs up to <paramref name="epoch"/>, oldest first, at most the window's size.</summary>
    public IReadOnlyList<int> EpochsUpTo(int epoch) => [.. KeptEpochs().Where(e => e <= epoch).TakeLast(size)];

    /// <summary>Loads the mean of the kept weights up to <paramref name="epoch"/> into <paramref name="target"/>; returns how many were averaged.</summary>
    public int AverageInto(SimSidNetwork target, int epoch)
    {
        ArgumentNullException.ThrowIfNull(target);
        var epochs = EpochsUpTo(epoch);
        if (epochs.Count == 0)
        {
            return 0;
        }

        ModelStore.LoadWeights(target, PathOf(epochs[0]));
        using var noGrad = no_grad();
        var sums = target.state_dict();
        foreach (var next in epochs.Skip(1))
        {
            ModelStore.LoadWeights(scratch, PathOf(next));
            foreach (var (name, value) in scratch.state_dict())
            {
                var sum = sums[name];
                if (sum.is_floating_point())
                {
                    sum.add_(value);
                }
                else
                {
                    sum.copy_(value);
                }
            }
        }

        using var count = ((double)epochs.Count).ToScalar(); // explicit: an implicit Scalar can be freed mid-call (see PixelRange)
        foreach (var sum in sums.Values.Where(t => t.is_floating_point()))
        {
            sum.div_(count);
        }

        return epochs.Count;
    }

    public void Dispose() => scratch.Dispose();

    private string PathOf(int epoch) => Path.Combine(Directory, string.Create(CultureInfo.InvariantCulture, $"{Prefix}{epoch:D4}.dat"));

    private List<int> KeptEpochs()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        return [.. System.IO.Directory.EnumerateFiles(Directory, Prefix + "*.dat")
            .Select(p => Path.GetFileNameWithoutExtension(p)[Prefix.Length..])
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var e) ? e : -1)
            .Where(e => e >= 0)
            .Order()];
    }
}
