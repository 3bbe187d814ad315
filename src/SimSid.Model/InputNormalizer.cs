using SimSid.Model.Configuration;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model;

/// <summary>
/// Applies <see cref="InputNormalization"/> to a (B, 1, S, S) batch in [0, 1]. Per image: subtract the image's mean,
/// divide by its standard deviation, then scale to <see cref="TargetStandardDeviation"/> around <see cref="TargetMean"/>
/// and clamp to [0, 1]. The targets are close to what a ZhangLab NORMAL image has at 128 px (mean 0.475 ± 0.048,
/// standard deviation 0.240 ± 0.021), so a typical image changes little while brightness and contrast stop differing.
/// </summary>
public static class InputNormalizer
{
    /// <summary>Mean of every normalised image in [0, 1] units (before clamping).</summary>
    public const double TargetMean = 0.5;

    /// <summary>Standard deviation of every normalised image in [0, 1] units (before clamping).</summary>
    public const double TargetStandardDeviation = 0.25;

    /// <summary>A flat image (standard deviation below this) is only shifted, never amplified.</summary>
    public const double MinimumStandardDeviation = 1e-3;

    /// <summary>The normalised batch: a new tensor, or <paramref name="unit"/> itself for <see cref="InputNormalization.None"/>.</summary>
    public static Tensor Apply(Tensor unit, InputNormalization mode)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (mode == InputNormalization.None)
        {
            return unit;
        }

        using var scope = NewDisposeScope();
        long[] imageDims = [-2, -1];
        using var floor = MinimumStandardDeviation.ToScalar();
        using var targetSd = TargetStandardDeviation.ToScalar();
        using var targetMean = TargetMean.ToScalar();
        using var zero = 0.0.ToScalar();
        using var one = 1.0.ToScalar();
        var mean = unit.mean(imageDims, keepdim: true);
        var sd = unit.std(imageDims, unbiased: false, keepdim: true).clamp_min(floor);
        var normalised = unit.sub(mean).div(sd).mul(targetSd).add(targetMean).clamp(zero, one);
        return normalised.MoveToOuterDisposeScope();
    }
}
