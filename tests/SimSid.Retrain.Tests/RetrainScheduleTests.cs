using Microsoft.Extensions.Time.Testing;
using SimSid.Retrain.Hosting;
using SimSid.Retrain.Scheduling;

namespace SimSid.Retrain.Tests;

public sealed class RetrainScheduleTests
{
    [Fact]
    public void NextAfter_NightlyUtc_IsTwoOClockNextDay()
    {
        var schedule = RetrainSchedule.Parse("0 2 * * *");

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero), schedule.NextAfter(new DateTimeOffset(2026, 11, 29, 2, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 2, 0, 0, TimeSpan.Zero), schedule.NextAfter(new DateTimeOffset(2026, 11, 29, 1, 59, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void NextAfter_EuropeBerlin_FollowsLocalTimeAcrossDaylightSaving()
    {
        var schedule = RetrainSchedule.Parse("30 3 * * *", "Europe/Berlin");

        var winter = schedule.NextAfter(new DateTimeOffset(2026, 1, 10, 12, 0, 0, TimeSpan.Zero))!.Value;
        var summer = schedule.NextAfter(new DateTimeOffset(2026, 7, 10, 12, 0, 0, TimeSpan.Zero))!.Value;

        Assert.Equal(new DateTimeOffset(2026, 1, 11, 2, 30, 0, TimeSpan.Zero), winter.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 7, 11, 1, 30, 0, TimeSpan.Zero), summer.ToUniversalTime());
    }

    [Fact]
    public void NextAfter_SkippedLocalTimeOnSpringForward_RunsOnceAtTheJump()
    {
        var schedule = RetrainSchedule.Parse("30 2 * * *", "Europe/Berlin");

        var next = schedule.NextAfter(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero))!.Value;

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), next.ToUniversalTime());
    }

    [Fact]
    public void Parse_InvalidExpression_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => RetrainSchedule.Parse("every night"));
    }

    [Fact]
    public void Next_WithFixedClock_GivesOccurrenceAndDelay()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero));
        var scheduler = new RetrainScheduler(RetrainSchedule.Parse("0 2 * * *"), clock);

        var next = scheduler.Next()!.Value;

        Assert.Equal(new DateTimeOffset(2026, 11, 29, 2, 0, 0, TimeSpan.Zero), next.At);
        Assert.Equal(TimeSpan.FromHours(1), next.Delay);
    }

    [Fact]
    public async Task RunAsync_Cancelled_ReturnsWithoutRunningTheJob()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero));
        var scheduler = new RetrainScheduler(RetrainSchedule.Parse("0 2 * * *"), clock);
        using var cancel = new CancellationTokenSource();
        var runs = 0;
        var loop = scheduler.RunAsync(_ => { runs++; return Task.CompletedTask; }, cancel.Token);

        await cancel.CancelAsync();
        await loop;

        Assert.Equal(0, runs);
    }

    [Fact]
    public void Options_CronAndZone_BuildSchedule()
    {
        var options = new ScheduledRetrainOptions { Schedule = "0 2 * * *", TimeZone = "America/New_York" };

        var next = options.ToSchedule().NextAfter(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero))!.Value;

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero), next.ToUniversalTime());
        Assert.False(new ScheduledRetrainOptions().Enabled);
    }
}
