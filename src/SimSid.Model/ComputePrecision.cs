namespace SimSid.Model;

/// <summary>
/// The number format the network computes in. Weights are always kept, stored and updated in float32 (float16 only in a
/// packed copy); <see cref="Bf16"/> scores with the network and its inputs cast to bfloat16, and trains with mixed
/// precision (a bfloat16 copy does the forward and backward passes, the float32 weights take the optimiser steps).
/// CPUs with AVX-512 BF16 and GPUs run it faster, at a small cost in agreement: measure the AUC
/// (<c>simsid eval --precision bfloat16</c>).
/// </summary>
public enum ComputePrecision
{
    /// <summary>32-bit IEEE floating point (the default).</summary>
    Fp32,

    /// <summary>bfloat16: float32's exponent range, 8 bits of mantissa.</summary>
    Bf16,
}
