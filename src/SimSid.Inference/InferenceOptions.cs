using System.ComponentModel.DataAnnotations;

namespace SimSid.Inference;

/// <summary>The inference role (section <see cref="SectionName"/>).</summary>
public sealed class InferenceOptions
{
    public const string SectionName = "Inference";

    /// <summary>Model folder; empty = SIMSID_MODEL, else the shipped models/zhanglab-*.</summary>
    public string? ModelDirectory { get; set; }

    /// <summary>
    /// Model registry folder (<c>simsid retrain</c> / <c>simsid models</c>); when set the worker scores with the
    /// registry's <c>current</c> model and switches to a newly promoted one between messages (hot reload). Until the
    /// registry has a current model, <see cref="ModelDirectory"/> (or SIMSID_MODEL, or the shipped model) scores.
    /// </summary>
    public string? ModelRegistry { get; set; }

    /// <summary>How often the registry's pointer is re-read besides file notifications and ModelPublished; zero = never.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Inference:ModelRegistryPollInterval must be between 00:00:00 and 1.00:00:00.")]
    public TimeSpan ModelRegistryPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>cpu, cuda or auto.</summary>
    [RegularExpression("^(cpu|cuda|auto)$", ErrorMessage = "Inference:Device must be cpu, cuda or auto.")]
    public string Device { get; set; } = "cpu";

    /// <summary>float32 or bfloat16: the number format the model scores in (see <c>simsid eval --precision</c>).</summary>
    [RegularExpression("^(float32|bfloat16)$", ErrorMessage = "Inference:Precision must be float32 or bfloat16.")]
    public string Precision { get; set; } = "float32";

    /// <summary>Torch intra-op threads; 0 = library default.</summary>
    [Range(0, 256)]
    public int Threads { get; set; }

    /// <summary>
    /// Studies in flight at once per worker: loaded and preprocessed in parallel, their images scored together
    /// (<see cref="MaxBatchSize"/>). 1 scores one study at a time.
    /// </summary>
    [Range(1, 64)]
    public int ConcurrentMessageLimit { get; set; } = 16;

    /// <summary>StudyReady messages fetched ahead per worker (keep it at or above <see cref="ConcurrentMessageLimit"/>).</summary>
    [Range(1, 1000)]
    public int PrefetchCount { get; set; } = 16;

    /// <summary>
    /// Most images scored in one batch across the studies in flight; a study with more images is scored alone.
    /// 1 turns batching across studies off.
    /// </summary>
    [Range(1, 256)]
    public int MaxBatchSize { get; set; } = 16;

    /// <summary>View Position values that are scored.</summary>
    public IList<string> FrontalViewPositions { get; } = [];

    /// <summary>Score CR/DX images without a View Position (else skip them).</summary>
    public bool ScoreMissingViewPosition { get; set; } = true;

    /// <summary>Modalities scored.</summary>
    public IList<string> Modalities { get; } = [];

    internal IReadOnlyList<string> EffectiveFrontalViewPositions => FrontalViewPositions.Count > 0 ? [.. FrontalViewPositions] : ["PA", "AP"];

    internal IReadOnlyList<string> EffectiveModalities => Modalities.Count > 0 ? [.. Modalities] : ["CR", "DX"];
}
