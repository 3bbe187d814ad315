namespace SimSid.Model.Scoring;

/// <summary>
/// The number format the model scores in. Weights are stored and trained in float32 (float16 when packed);
/// <see cref="Bf16"/> casts the loaded network and its inputs to bfloat16, which CPUs with AVX-512 BF16 (and GPUs)
/// run faster, at a small cost in score agreement (measure the AUC with <c>simsid eval --precision bfloat16</c>).
/// </summary>
public enum InferencePrecision
{
    /// <summary>32-bit IEEE floating point (the default).</summary>
    Fp32,

    /// <summary>bfloat16: float32's exponent range, 8 bits of mantissa.</summary>
    Bf16,
}
