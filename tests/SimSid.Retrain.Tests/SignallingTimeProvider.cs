using Microsoft.Extensions.Time.Testing;

namespace SimSid.Retrain.Tests;

/// <summary>A fake clock that tells the test when code under test starts waiting on it (a timer was created).</summary>
internal sealed class SignallingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private TaskCompletionSource timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the next timer is created (the code under test is waiting).</summary>
    public Task TimerCreated => timerCreated.Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        var created = timerCreated;
        timerCreated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        created.TrySetResult();
        return timer;
    }
}
