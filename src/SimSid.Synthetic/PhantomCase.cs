namespace SimSid.Synthetic;

/// <summary>
/// Identifies one synthetic patient: the generator seed, the case index and the finding drawn into it.
/// The same (seed, index) always describes the same anatomy; the finding depends on the abnormal fraction.
/// </summary>
public sealed record PhantomCase(int Seed, int Index, AnomalyKind Anomaly)
{
    /// <summary>The folder label used for output and by the model's data loading.</summary>
    public const string NormalLabel = "NORMAL";

    /// <summary>The folder label of every case with a finding.</summary>
    public const string AbnormalLabel = "ABNORMAL";

    public bool IsAbnormal => Anomaly != AnomalyKind.None;

    public string Label => IsAbnormal ? AbnormalLabel : NormalLabel;
}
