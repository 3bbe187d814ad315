using SimSid.Model.Storage;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SimSid.Model.Training;

/// <summary>
/// Adam with coupled L2 weight decay, the update the paper trains with (§4.2; torch.optim.Adam with
/// <c>weight_decay</c>): g ← ∇ + λθ; m ← β1·m + (1 − β1)·g; v ← β2·v + (1 − β2)·g²;
/// θ ← θ − lr/(1 − β1ᵗ) · m / (√v/√(1 − β2ᵗ) + ε), with a step count t per parameter.
/// Every number handed to libtorch is an explicit <see cref="Scalar"/> disposed after the call that reads it.
/// TorchSharp 0.107's own Adam passes implicitly converted Scalars that nothing keeps alive; their finalizer can free one
/// while libtorch still reads it. A ZhangLab training run failed that way in its step's <c>add</c> after 2,406 iterations
/// ("Expected false to be true" from c10 Scalar::toFloat).
/// </summary>
internal sealed class CoupledAdam : IDisposable
{
    private const int FileMagic = 0x31414453; // "SDA1" little-endian

    private readonly Parameter[] parameters;
    private readonly Tensor[] firstMoments;
    private readonly Tensor[] secondMoments;
    private readonly long[] steps;
    private readonly double beta1;
    private readonly double beta2;
    private readonly double epsilon;
    private readonly double weightDecay;

    public CoupledAdam(IEnumerable<Parameter> parameters, double learningRate, double beta1, double beta2, double epsilon, double weightDecay = 0)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(learningRate);
        ArgumentOutOfRangeException.ThrowIfNegative(beta1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(beta1, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegative(beta2);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(beta2, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegative(epsilon);
        ArgumentOutOfRangeException.ThrowIfNegative(weightDecay);
        this.parameters = [.. parameters];
        LearningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
        firstMoments = [.. this.parameters.Select(p => zeros_like(p).DetachFromDisposeScope())];
        secondMoments = [.. this.parameters.Select(p => zeros_like(p).DetachFromDisposeScope())];
        steps = new long[this.parameters.Length];
    }

    public double LearningRate { get; set; }

    /// <summary>Zeroes every parameter's gradient (parameters without one are left without).</summary>
    public void ZeroGrad()
    {
        foreach (var parameter in parameters)
        {
            using var gradient = parameter.grad;
            gradient?.zero_();
        }
    }

    /// <summary>One update of every parameter that has a gradient.</summary>
    public void Step()
    {
        using var noGrad = no_grad();
        using var keepFirst = beta1.ToScalar();
        using var newFirst = (1 - beta1).ToScalar();
        using var keepSecond = beta2.ToScalar();
        using var newSecond = (1 - beta2).ToScalar();
        using var decay = weightDecay.ToScalar();
        using var offset = epsilon.ToScalar();
        for (var i = 0; i < parameters.Length; i++)
        {
            using var gradient = parameters[i].grad;
            if (gradient is null)
            {
                continue;
            }

            steps[i]++;
            using var decayed = weightDecay != 0 ? gradient.add(parameters[i], decay) : null;
            var g = decayed ?? gradient;
            firstMoments[i].mul_(keepFirst).add_(g, newFirst);
            secondMoments[i].mul_(keepSecond).addcmul_(g, g, newSecond);
            using var rootCorrection = Math.Sqrt(1 - Math.Pow(beta2, steps[i])).ToScalar();
            using var denominator = secondMoments[i].sqrt();
            denominator.div_(rootCorrection).add_(offset);
            using var stepSize = (-LearningRate / (1 - Math.Pow(beta1, steps[i]))).ToScalar();
            parameters[i].addcdiv_(firstMoments[i], denominator, stepSize);
        }
    }

    /// <summary>Writes the step counts and moments (not the learning rate, which the schedule sets).</summary>
    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(FileMagic);
        writer.Write(parameters.Length);
        for (var i = 0; i < parameters.Length; i++)
        {
            writer.Write(steps[i]);
            firstMoments[i].Save(writer);
            secondMoments[i].Save(writer);
        }
    }

    /// <summary>Reads what <see cref="Save"/> wrote for the same parameters.</summary>
    public void Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadInt32() != FileMagic)
        {
            throw new ModelFormatException($"{path} is not an optimiser state written by this version of simsid.");
        }

        var count = reader.ReadInt32();
        if (count != parameters.Length)
        {
            throw new ModelFormatException($"{path} holds the optimiser state of {count} parameters, not {parameters.Length}.");
        }

        for (var i = 0; i < count; i++)
        {
            steps[i] = reader.ReadInt64();
            firstMoments[i].Load(reader);
            secondMoments[i].Load(reader);
        }
    }

    public void Dispose()
    {
        foreach (var moment in firstMoments.Concat(secondMoments))
        {
            moment.Dispose();
        }
    }
}
