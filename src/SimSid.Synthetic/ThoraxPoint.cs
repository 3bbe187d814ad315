namespace SimSid.Synthetic;

/// <summary>
/// What one ray through the phantom crosses, before the display response: findings edit these parts,
/// then <see cref="Density"/> sums them.
/// </summary>
internal struct ThoraxPoint
{
    /// <summary>How much darker fully aerated lung is than the soft tissue around it.</summary>
    public const double AirDarkness = 0.36;

    /// <summary>Soft-tissue density of the body (0 outside it).</summary>
    public double Tissue;

    /// <summary>Lung-field mask in [0,1], for findings confined to the lung.</summary>
    public double Lung;

    /// <summary>Fraction of aerated lung on the ray (the lung field minus the heart, fluid or collapse).</summary>
    public double Air;

    /// <summary>Lung markings (vessels), visible only where there is air around them.</summary>
    public double Vessels;

    /// <summary>Ribs, clavicles and spine.</summary>
    public double Bone;

    /// <summary>Density added (positive) or removed (negative) by other structures and findings.</summary>
    public double Extra;

    public readonly double Density => Tissue - (AirDarkness * Air) + (Air * Vessels) + Bone + Extra;
}
