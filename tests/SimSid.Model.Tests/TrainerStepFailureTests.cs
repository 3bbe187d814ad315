using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using SimSid.Model.Configuration;
using SimSid.Model.Training;
using SimSid.Testing;

namespace SimSid.Model.Tests;

/// <summary>
/// A libtorch failure inside a training step (TorchSharp raises <see cref="ExternalException"/>) sends the run back to
/// its own last checkpoint instead of ending it, a bounded number of times.
/// </summary>
[Collection(SoloTraining.Name)]
public sealed class TrainerStepFailureTests
{
    private static readonly TrainingOptions Quick = new()
    {
        Epochs = 3,
        BatchSize = 8,
        Seed = 7,
        Threads = 1,
        LearningRate = 2e-3,
        FinalLearningRate = 4e-4,
    };

    [Theory]
    [InlineData(ComputePrecision.Fp32)]
    [InlineData(ComputePrecision.Bf16)]
    public void Train_StepFailsOnceAfterACheckpoint_RepeatsTheEpochFromTheCheckpointAndFinishes(ComputePrecision precision)
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-step-failure");
        var training = SyntheticChests.Create(16, 0, 32, seed: 1);
        var validation = SyntheticChests.Create(4, 4, 32, seed: 2);
        var logger = new RecordingLogger();
        var failed = false;
        var iterations = new List<(int Epoch, int Iteration)>();
        var trainer = new Trainer(Quick with { Precision = precision }, logger)
        {
            IterationStarting = (epoch, iteration) =>
            {
                iterations.Add((epoch, iteration));
                if (epoch == 2 && iteration == 2 && !failed)
                {
                    failed = true;
                    throw LibtorchFailure("Expected false to be true, but got false.");
                }
            },
        };

        var result = trainer.Train("tiny", SimSidPresets.Tiny, training, validation, temp.Path);

        Assert.Equal(3, result.EpochsCompleted);
        Assert.Equal([1, 2, 3], result.History.Select(h => h.Epoch));
        Assert.All(result.History, h => Assert.NotNull(h.ValidationAuc));
        Assert.Equal(3, File.ReadAllLines(temp.Combine("metrics.jsonl")).Length);
        Assert.Equal([(1, 1), (1, 2), (2, 1), (2, 2), (2, 1), (2, 2), (3, 1), (3, 2)], iterations);
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("epoch 2, iteration 2", warning.Message, StringComparison.Ordinal);
        Assert.Contains("checkpoint of epoch 1", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Expected false to be true", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_StepFailsTwoEpochsAfterTheCheckpoint_TrainsThoseEpochsAgainAndLogsEachEpochOnce()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-step-failure");
        var training = SyntheticChests.Create(16, 0, 32, seed: 1);
        var failed = false;
        var trainer = new Trainer(Quick with { Epochs = 4, ValidateEvery = 2 })
        {
            IterationStarting = (epoch, _) =>
            {
                if (epoch == 4 && !failed)
                {
                    failed = true;
                    throw LibtorchFailure("failure in epoch 4");
                }
            },
        };

        var result = trainer.Train("tiny", SimSidPresets.Tiny, training, null, temp.Path);

        Assert.Equal([1, 2, 3, 4], result.History.Select(h => h.Epoch));
        var logged = File.ReadAllLines(temp.Combine("metrics.jsonl")).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("epoch").GetInt32());
        Assert.Equal([1, 2, 3, 4], logged);
    }

    [Fact]
    public void Train_StepFailsBeforeTheFirstCheckpoint_EndsTheRunWithTheFailure()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-step-failure");
        var training = SyntheticChests.Create(16, 0, 32, seed: 1);
        new Trainer(Quick with { Epochs = 1 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Path); // an older run's checkpoint
        var trainer = new Trainer(Quick)
        {
            IterationStarting = (epoch, _) => throw LibtorchFailure($"failure in epoch {epoch}"),
        };

        var error = Assert.Throws<ExternalException>(() => trainer.Train("tiny", SimSidPresets.Tiny, training, null, temp.Path));

        Assert.Equal("failure in epoch 1", error.Message); // the fresh run did not go back to the older run's checkpoint
    }

    [Fact]
    public void Train_StepKeepsFailing_GivesUpAfterTheConfiguredRetries()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-step-failure");
        var training = SyntheticChests.Create(16, 0, 32, seed: 1);
        var failures = 0;
        var trainer = new Trainer(Quick with { StepFailureRetries = 2 })
        {
            IterationStarting = (epoch, _) =>
            {
                if (epoch == 2)
                {
                    failures++;
                    throw LibtorchFailure("persistent failure");
                }
            },
        };

        Assert.Throws<ExternalException>(() => trainer.Train("tiny", SimSidPresets.Tiny, training, null, temp.Path));

        Assert.Equal(3, failures);
        Assert.Single(File.ReadAllLines(temp.Combine("metrics.jsonl")));
    }

    /// <summary>What TorchSharp raises when libtorch reports an error (torch.CheckForErrors).</summary>
#pragma warning disable CA2201 // the runtime-reserved type is exactly what TorchSharp throws, and what the trainer handles
    private static ExternalException LibtorchFailure(string message) => new(message);
#pragma warning restore CA2201

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
