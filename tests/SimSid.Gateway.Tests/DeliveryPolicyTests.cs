using SimSid.Gateway.Delivery;

namespace SimSid.Gateway.Tests;

public sealed class DeliveryPolicyTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(8, 1280)]
    [InlineData(9, 1800)]
    [InlineData(500, 1800)]
    public void After_FailedAttempts_DoublesUpToTheCap(int attempts, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), DeliveryBackoff.After(attempts, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void CircuitBreaker_ThresholdFailures_OpensForTheOpenTimeThenAllowsATrial()
    {
        var breaker = new CircuitBreaker(3, TimeSpan.FromSeconds(30));
        var now = DateTimeOffset.UnixEpoch;

        Assert.Null(breaker.Failure("pacs", now));
        Assert.Null(breaker.Failure("pacs", now));
        Assert.False(breaker.IsOpen("pacs", now));
        Assert.Equal(now.AddSeconds(30), breaker.Failure("pacs", now));
        Assert.True(breaker.IsOpen("pacs", now.AddSeconds(29)));
        Assert.False(breaker.IsOpen("other", now));
        Assert.False(breaker.IsOpen("pacs", now.AddSeconds(30)));
        Assert.NotNull(breaker.Failure("pacs", now.AddSeconds(31)));
        breaker.Success("pacs");
        Assert.False(breaker.IsOpen("pacs", now.AddSeconds(32)));
    }
}
