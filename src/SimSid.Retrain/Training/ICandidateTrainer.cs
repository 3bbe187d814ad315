namespace SimSid.Retrain.Training;

/// <summary>Trains a candidate model directory (the model library's trainer; a stub in tests).</summary>
public interface ICandidateTrainer
{
    CandidateTrainingResult Train(CandidateTrainingRequest request);
}
