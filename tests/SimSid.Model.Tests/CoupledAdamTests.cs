using SimSid.Model.Storage;
using SimSid.Model.Training;
using SimSid.Testing;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

public sealed class CoupledAdamTests
{
    [Fact]
    public void Step_SameGradients_MatchesTorchSharpAdamWithCoupledWeightDecay()
    {
        TorchFixture.Seed();
        using var ours = nn.Linear(8, 4);
        using var theirs = nn.Linear(8, 4);
        CopyWeights(ours, theirs);
        using var coupled = new CoupledAdam(ours.parameters(), 1e-2, 0.5, 0.999, 1e-7, 1e-2);
        using var reference = optim.Adam(theirs.parameters(), 1e-2, 0.5, 0.999, 1e-7, 1e-2);

        for (var step = 0; step < 6; step++)
        {
            if (step == 3)
            {
                coupled.LearningRate = 4e-3;
                foreach (var group in reference.ParamGroups)
                {
                    group.LearningRate = 4e-3;
                }
            }

            SetSameGradients(ours, theirs, seed: step);
            coupled.Step();
            reference.step();
        }

        foreach (var (a, b) in ours.parameters().Zip(theirs.parameters()))
        {
            Assert.True(a.allclose(b, rtol: 1e-5, atol: 1e-7), "CoupledAdam and torch Adam diverged");
        }

        using var initial = nn.Linear(8, 4);
        Assert.Contains(ours.parameters().Zip(initial.parameters()), pair => !pair.First.allclose(pair.Second));
    }

    [Fact]
    public void SaveThenLoad_ContinuesExactlyAsAnUninterruptedOptimiser()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-adam");
        using var uninterrupted = nn.Linear(6, 3);
        using var resumed = nn.Linear(6, 3);
        using var first = new CoupledAdam(uninterrupted.parameters(), 1e-2, 0.5, 0.999, 1e-8);
        for (var step = 0; step < 3; step++)
        {
            SetGradients(uninterrupted, seed: step);
            first.Step();
        }

        first.Save(temp.Combine("adam.dat"));
        CopyWeights(uninterrupted, resumed);
        using var second = new CoupledAdam(resumed.parameters(), 1e-2, 0.5, 0.999, 1e-8);
        second.Load(temp.Combine("adam.dat"));
        for (var step = 3; step < 5; step++)
        {
            SetSameGradients(uninterrupted, resumed, seed: step);
            first.Step();
            second.Step();
        }

        foreach (var (a, b) in uninterrupted.parameters().Zip(resumed.parameters()))
        {
            Assert.True(a.allclose(b, rtol: 0, atol: 0), "the resumed optimiser took different steps");
        }
    }

    [Fact]
    public void Load_StateOfOtherParameters_FailsWithClearError()
    {
        using var temp = new TempDirectory("simsid-adam");
        using var small = nn.Linear(2, 2);
        using var large = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 2));
        using (var optimiser = new CoupledAdam(small.parameters(), 1e-3, 0.9, 0.999, 1e-8))
        {
            optimiser.Save(temp.Combine("adam.dat"));
        }

        File.WriteAllBytes(temp.Combine("other.dat"), [1, 2, 3, 4, 5, 6, 7, 8]);
        using var other = new CoupledAdam(large.parameters(), 1e-3, 0.9, 0.999, 1e-8);

        var wrongCount = Assert.Throws<ModelFormatException>(() => other.Load(temp.Combine("adam.dat")));
        var notOurs = Assert.Throws<ModelFormatException>(() => other.Load(temp.Combine("other.dat")));

        Assert.Contains("2 parameters, not 4", wrongCount.Message, StringComparison.Ordinal);
        Assert.Contains("not an optimiser state", notOurs.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_ParameterWithoutGradient_IsLeftUnchanged()
    {
        TorchFixture.Seed();
        using var layer = nn.Linear(4, 2);
        using var optimiser = new CoupledAdam(layer.parameters(), 1e-1, 0.9, 0.999, 1e-8, 1e-2);
        using var before = layer.weight!.detach().clone();

        optimiser.Step();

        Assert.True(layer.weight!.allclose(before, rtol: 0, atol: 0));
    }

    private static void SetGradients(nn.Module module, int seed)
    {
        manual_seed(100 + seed);
        foreach (var parameter in module.parameters())
        {
            parameter.grad = randn_like(parameter);
        }
    }

    private static void SetSameGradients(nn.Module a, nn.Module b, int seed)
    {
        SetGradients(a, seed);
        foreach (var (source, target) in a.parameters().Zip(b.parameters()))
        {
            target.grad = source.grad!.clone();
        }
    }

    private static void CopyWeights(nn.Module from, nn.Module to)
    {
        using var noGrad = no_grad();
        foreach (var (source, target) in from.parameters().Zip(to.parameters()))
        {
            target.copy_(source);
        }
    }
}
