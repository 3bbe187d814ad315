namespace SimSid.Gateway.State;

/// <summary>The states a study goes through (text in the database).</summary>
public static class StudyStates
{
    public const string Receiving = "Receiving";
    public const string Ready = "Ready";
    public const string Scored = "Scored";
    public const string NothingToScore = "NothingToScore";
    public const string Reported = "Reported";
    public const string Delivered = "Delivered";
}
