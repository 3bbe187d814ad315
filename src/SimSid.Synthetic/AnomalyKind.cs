namespace SimSid.Synthetic;

/// <summary>The synthetic finding drawn into an abnormal phantom (one per abnormal case).</summary>
public enum AnomalyKind
{
    /// <summary>A normal chest: no finding.</summary>
    None = 0,

    /// <summary>A patchy air-space opacity confined to one lung.</summary>
    Consolidation,

    /// <summary>One or two round, well-defined opacities.</summary>
    Nodule,

    /// <summary>Fluid in the lower pleural space with a meniscus that blunts the costophrenic angle.</summary>
    PleuralEffusion,

    /// <summary>A lucent rim without lung markings between the chest wall and a visible visceral pleural line.</summary>
    Pneumothorax,

    /// <summary>An enlarged cardiac silhouette (cardiothoracic ratio well above one half).</summary>
    Cardiomegaly,
}
