namespace SimSid.Synthetic;

/// <summary>
/// Patient positioning: scale, in-plane rotation and shift. Maps image coordinates in [-1,1] to phantom
/// coordinates. The rotation comes from a rational parametrisation (t = tan(θ/2)), so no trigonometry is needed.
/// </summary>
internal sealed record PhantomPose(double Scale, double Cos, double Sin, double ShiftX, double ShiftY)
{
    public static PhantomPose FromHalfAngleTangent(double scale, double t, double shiftX, double shiftY)
    {
        var d = 1 + (t * t);
        return new PhantomPose(scale, (1 - (t * t)) / d, 2 * t / d, shiftX, shiftY);
    }

    public (double X, double Y) ToPhantom(double imageX, double imageY)
    {
        var dx = (imageX - ShiftX) / Scale;
        var dy = (imageY - ShiftY) / Scale;
        return ((Cos * dx) + (Sin * dy), (-Sin * dx) + (Cos * dy));
    }
}
