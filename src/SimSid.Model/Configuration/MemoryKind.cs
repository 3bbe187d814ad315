namespace SimSid.Model.Configuration;

/// <summary>How the in-painting block's space-aware memory is kept.</summary>
public enum MemoryKind
{
    /// <summary>A memory matrix learned by gradient descent (the paper, §3.2–3.3).</summary>
    LearnedMatrix,

    /// <summary>A first-in-first-out queue of recent training patch features (the released ZhangLab configuration).</summary>
    FifoQueue,
}
