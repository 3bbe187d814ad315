namespace SimSid.Synthetic;

/// <summary>How the detector and processing render density: window (offset, gain), a gamma-like curve, noise and blur.</summary>
internal sealed record DisplayResponse(double Offset, double Gain, double Curve, double NoiseSigma, double BlurAmount)
{
    public double Apply(double density)
    {
        var v = Shape.Clamp01(Offset + (Gain * density));

        // v + c·v·(1−v): brightens mid-tones for c > 0 and darkens them for c < 0, keeps 0 and 1 fixed.
        return v + (Curve * v * (1 - v));
    }
}
