using static TorchSharp.torch;

namespace SimSid.Model.Network;

/// <summary>One generator pass: the student reconstruction, and when the teacher ran, its reconstruction and the distillation loss.</summary>
internal sealed record GeneratorOutput(Tensor Reconstruction, Tensor? TeacherReconstruction, Tensor? Distillation);
