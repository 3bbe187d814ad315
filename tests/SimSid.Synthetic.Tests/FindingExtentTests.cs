namespace SimSid.Synthetic.Tests;

public sealed class FindingExtentTests
{
    private static readonly AnomalyKind[] Findings =
        [AnomalyKind.Consolidation, AnomalyKind.Nodule, AnomalyKind.PleuralEffusion, AnomalyKind.Pneumothorax, AnomalyKind.Cardiomegaly];

    [Fact]
    public void Generate_ExtentOne_IsBitIdenticalToTheDefaultDrawing()
    {
        foreach (var kind in Findings)
        {
            var plain = new ChestPhantomGenerator(seed: 4).Generate(2, 64, kind);
            var one = new ChestPhantomGenerator(seed: 4) { FindingExtent = 1 }.Generate(2, 64, kind);

            Assert.Equal(plain.Image.Pixels, one.Image.Pixels);
            Assert.Equal(plain.AnomalyRegion, one.AnomalyRegion);
        }
    }

    [Fact]
    public void Generate_LargerExtent_SpreadsEveryFindingOverMorePixels()
    {
        foreach (var kind in Findings)
        {
            for (var index = 0; index < 4; index++)
            {
                var plain = new ChestPhantomGenerator(seed: 4).Generate(index, 64, kind);
                var larger = new ChestPhantomGenerator(seed: 4) { FindingExtent = 2 }.Generate(index, 64, kind);

                Assert.True(Presence(larger) > Presence(plain), $"{kind} case {index}: {Presence(larger)} <= {Presence(plain)}");
            }
        }
    }

    [Fact]
    public void Generate_LargerExtent_KeepsTheNormalCounterpartAndTheCaseLabels()
    {
        var plain = new ChestPhantomGenerator(seed: 4, abnormalFraction: 0.5);
        var larger = new ChestPhantomGenerator(seed: 4, abnormalFraction: 0.5) { FindingExtent = 2.5 };

        for (var index = 0; index < 8; index++)
        {
            Assert.Equal(plain.Describe(index), larger.Describe(index));
            Assert.Equal(plain.Generate(index, 48, AnomalyKind.None).Image.Pixels, larger.Generate(index, 48, AnomalyKind.None).Image.Pixels);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(ChestPhantomGenerator.MaximumFindingExtent + 0.5)]
    public void FindingExtent_OutOfRange_IsRefused(double extent)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChestPhantomGenerator(seed: 1) { FindingExtent = extent });
    }

    private static double Presence(SyntheticRadiograph radiograph) => radiograph.AnomalyMask!.Pixels.Sum(v => (double)v);
}
