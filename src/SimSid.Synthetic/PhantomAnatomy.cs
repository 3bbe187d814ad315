namespace SimSid.Synthetic;

/// <summary>
/// The sampled anatomy of one synthetic patient, in phantom coordinates: X in [-1,1] from image left (patient
/// right) to image right (patient left), Y in [-1,1] from top to bottom, as on a PA film hung for reading.
/// </summary>
internal sealed record PhantomAnatomy(
    PhantomPose Pose,
    double BodyHalfWidth,
    LungShape RightLung,
    LungShape LeftLung,
    double MediastinumHalfWidth,
    double AorticKnob,
    HeartShape Heart,
    double RibTop,
    double RibSpacing,
    double RibSlope,
    double ClavicleY,
    double VesselStrength,
    double TextureFrequency,
    DisplayResponse Display)
{
    /// <summary>The patient's right lung, drawn on the image left (X &lt; 0).</summary>
    public LungShape LungFor(double x) => x < 0 ? RightLung : LeftLung;

    public static PhantomAnatomy Sample(Random random)
    {
        var pose = PhantomPose.FromHalfAngleTangent(
            scale: Shape.Uniform(random, 0.90, 1.04),
            t: Shape.Uniform(random, -0.035, 0.035),
            shiftX: Shape.Uniform(random, -0.05, 0.05),
            shiftY: Shape.Uniform(random, -0.04, 0.05));

        var lungHeight = Shape.Uniform(random, 0.66, 0.74);
        var lungWidth = Shape.Uniform(random, 0.31, 0.36);
        var lungCenterA = Shape.Uniform(random, 0.41, 0.45);
        var lungCenterY = Shape.Uniform(random, -0.03, 0.03);
        var domeRight = Shape.Uniform(random, 0.38, 0.47);
        var domeLeft = domeRight + Shape.Uniform(random, 0.02, 0.07);
        var domeCurvature = Shape.Uniform(random, 1.1, 1.6);
        var right = new LungShape(
            lungCenterA + Shape.Uniform(random, -0.01, 0.01),
            lungCenterY,
            lungWidth + Shape.Uniform(random, 0.0, 0.02),
            lungHeight,
            domeRight,
            Shape.Uniform(random, 0.30, 0.38),
            domeCurvature);
        var left = new LungShape(
            lungCenterA + Shape.Uniform(random, -0.01, 0.01),
            lungCenterY + Shape.Uniform(random, 0.0, 0.03),
            lungWidth,
            lungHeight,
            domeLeft,
            Shape.Uniform(random, 0.34, 0.42),
            domeCurvature);

        var heart = new HeartShape(
            CenterX: Shape.Uniform(random, 0.08, 0.12),
            CenterY: Shape.Uniform(random, 0.21, 0.26),
            RadiusX: Shape.Uniform(random, 0.36, 0.40),
            RadiusY: Shape.Uniform(random, 0.24, 0.28));

        var display = new DisplayResponse(
            Offset: Shape.Uniform(random, -0.03, 0.05),
            Gain: Shape.Uniform(random, 0.95, 1.12),
            Curve: Shape.Uniform(random, -0.2, 0.25),
            NoiseSigma: Shape.Uniform(random, 0.008, 0.025),
            BlurAmount: Shape.Uniform(random, 0.2, 0.8));

        return new PhantomAnatomy(
            pose,
            BodyHalfWidth: Shape.Uniform(random, 0.86, 0.97),
            right,
            left,
            MediastinumHalfWidth: Shape.Uniform(random, 0.08, 0.11),
            AorticKnob: Shape.Uniform(random, 0.03, 0.06),
            heart,
            RibTop: Shape.Uniform(random, -0.80, -0.75),
            RibSpacing: Shape.Uniform(random, 0.095, 0.11),
            RibSlope: Shape.Uniform(random, 0.40, 0.55),
            ClavicleY: Shape.Uniform(random, -0.64, -0.57),
            VesselStrength: Shape.Uniform(random, 0.07, 0.12),
            TextureFrequency: Shape.Uniform(random, 9, 13),
            display);
    }
}
