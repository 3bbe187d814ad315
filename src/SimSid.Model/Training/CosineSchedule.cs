namespace SimSid.Model.Training;

/// <summary>Cosine annealing by run progress in [0, 1] (clamped, not periodic).</summary>
internal static class CosineSchedule
{
    public static double At(double initial, double final, double progress) =>
        final + ((initial - final) * (1 + Math.Cos(Math.PI * Math.Clamp(progress, 0, 1))) / 2);
}
