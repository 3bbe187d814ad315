using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model;

/// <summary>
/// Maps pixels between [0, 1] (images as stored) and [−1, 1] (what the networks see). The Scalars are created and
/// disposed here explicitly: TorchSharp converts a bare number in <c>tensor * 2</c> to a Scalar that nothing keeps alive
/// during the native call, and its finalizer can free it mid-call ("Unknown scalar type" from libtorch: a 45-minute
/// ZhangLab run died so in <c>(images * 2) - 1</c> after 1,701 iterations).
/// </summary>
public static class PixelRange
{
    /// <summary>[0, 1] → [−1, 1].</summary>
    public static Tensor ToSigned(Tensor unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        using var two = 2.0.ToScalar();
        using var one = 1.0.ToScalar();
        using var doubled = unit.mul(two);
        return doubled.sub(one);
    }

    /// <summary>[−1, 1] → [0, 1], clamped.</summary>
    public static Tensor ToUnit(Tensor symmetric)
    {
        ArgumentNullException.ThrowIfNull(symmetric);
        using var half = 0.5.ToScalar();
        using var zero = 0.0.ToScalar();
        using var one = 1.0.ToScalar();
        using var shifted = symmetric.add(one);
        using var scaled = shifted.mul(half);
        return scaled.clamp(zero, one);
    }
}
