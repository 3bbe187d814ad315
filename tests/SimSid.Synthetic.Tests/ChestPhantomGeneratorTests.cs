namespace SimSid.Synthetic.Tests;

public sealed class ChestPhantomGeneratorTests
{
    [Fact]
    public void Generate_SameSeedAndIndexTwice_IsBitIdentical()
    {
        for (var index = 0; index < 6; index++)
        {
            var first = new ChestPhantomGenerator(seed: 42).Generate(index, 96);
            var second = new ChestPhantomGenerator(seed: 42).Generate(index, 96);

            Assert.Equal(first.Case, second.Case);
            Assert.Equal(first.AnomalyRegion, second.AnomalyRegion);
            Assert.Equal(first.Image.Pixels, second.Image.Pixels);
        }
    }

    [Fact]
    public void Generate_DifferentSeeds_GiveDifferentImages()
    {
        var a = new ChestPhantomGenerator(seed: 1).Generate(0, 64, AnomalyKind.None);
        var b = new ChestPhantomGenerator(seed: 2).Generate(0, 64, AnomalyKind.None);

        Assert.True(MeanAbsoluteDifference(a.Image.Pixels, b.Image.Pixels) > 0.01);
    }

    [Fact]
    public void Generate_DifferentIndices_GiveDifferentPatients()
    {
        var generator = new ChestPhantomGenerator(seed: 1);
        var a = generator.Generate(0, 64, AnomalyKind.None);
        var b = generator.Generate(1, 64, AnomalyKind.None);

        Assert.True(MeanAbsoluteDifference(a.Image.Pixels, b.Image.Pixels) > 0.01);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(64)]
    [InlineData(128)]
    [InlineData(200)]
    public void Generate_RequestedSize_IsSquareImageOfThatSizeWithinUnitRange(int size)
    {
        var generator = new ChestPhantomGenerator(seed: 3, abnormalFraction: 1);
        for (var index = 0; index < 5; index++)
        {
            var image = generator.Generate(index, size).Image;

            Assert.Equal(size, image.Width);
            Assert.Equal(size, image.Height);
            Assert.All(image.Pixels, v => Assert.InRange(v, 0f, 1f));
            Assert.True(image.Pixels.Max() - image.Pixels.Min() > 0.5f, "A radiograph needs dark lungs and bright mediastinum.");
        }
    }

    [Fact]
    public void Generate_NormalCase_HasDarkLungsBesideABrightMediastinum()
    {
        const int size = 128;
        var image = new ChestPhantomGenerator(seed: 5).Generate(0, size, AnomalyKind.None).Image;

        // Mid-lung fields sit about a quarter of the width from each edge, the mediastinum in the middle.
        var rightLung = MeanOf(image, 0.22, 0.36, 0.35, 0.5);
        var leftLung = MeanOf(image, 0.64, 0.78, 0.35, 0.5);
        var mediastinum = MeanOf(image, 0.47, 0.53, 0.35, 0.5);
        var outsideBody = MeanOf(image, 0.0, 0.02, 0.4, 0.6);

        Assert.True(mediastinum > rightLung + 0.2, $"mediastinum {mediastinum:F2} vs right lung {rightLung:F2}");
        Assert.True(mediastinum > leftLung + 0.2, $"mediastinum {mediastinum:F2} vs left lung {leftLung:F2}");
        Assert.True(outsideBody < rightLung, $"air outside the body {outsideBody:F2} vs lung {rightLung:F2}");
    }

    [Theory]
    [InlineData(AnomalyKind.Consolidation, 0.10)]
    [InlineData(AnomalyKind.Nodule, 0.10)]
    [InlineData(AnomalyKind.PleuralEffusion, 0.10)]
    [InlineData(AnomalyKind.Cardiomegaly, 0.10)]
    [InlineData(AnomalyKind.Pneumothorax, -0.04)]
    public void Generate_WithFinding_ChangesMeanBrightnessWhereItIsPresent(AnomalyKind kind, double expectedShift)
    {
        const int size = 128;
        var generator = new ChestPhantomGenerator(seed: 11);
        for (var index = 0; index < 8; index++)
        {
            var normal = generator.Generate(index, size, AnomalyKind.None);
            var abnormal = generator.Generate(index, size, kind);

            Assert.Null(normal.AnomalyRegion);
            Assert.Null(normal.AnomalyMask);
            var region = Assert.NotNull(abnormal.AnomalyRegion);
            var mask = abnormal.AnomalyMask;
            Assert.NotNull(mask);
            Assert.True(region.Width >= 4 && region.Height >= 4, $"case {index}: region {region} too small to see at {size} px");
            var inside = Enumerable.Range(0, mask.Pixels.Length).Where(i => mask.Pixels[i] > 0.5f).ToList();
            Assert.All(inside, i => Assert.True(region.Contains(i % size, i / size)));
            var shift = inside.Average(i => (double)abnormal.Image.Pixels[i] - normal.Image.Pixels[i]);
            if (expectedShift > 0)
            {
                Assert.True(shift >= expectedShift, $"case {index}: {kind} brightened its pixels by {shift:F3}, expected ≥ {expectedShift}");
            }
            else
            {
                Assert.True(shift <= expectedShift, $"case {index}: {kind} darkened its pixels by {shift:F3}, expected ≤ {expectedShift}");
            }

            var outside = Enumerable.Range(0, mask.Pixels.Length).Where(i => mask.Pixels[i] == 0 && !region.Contains(i % size, i / size));
            var changedFarAway = outside.Average(i => Math.Abs((double)abnormal.Image.Pixels[i] - normal.Image.Pixels[i]));
            Assert.True(changedFarAway < Math.Abs(shift) / 4, $"case {index}: {kind} changed the rest of the image by {changedFarAway:F3}");
        }
    }

    [Fact]
    public void Generate_NormalCounterpart_EqualsTheCaseRenderedWithoutFinding()
    {
        var mixed = new ChestPhantomGenerator(seed: 9, abnormalFraction: 1).Generate(4, 64, AnomalyKind.None);
        var normal = new ChestPhantomGenerator(seed: 9, abnormalFraction: 0).Generate(4, 64);

        Assert.Equal(normal.Image.Pixels, mixed.Image.Pixels);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.25, 10)]
    [InlineData(0.5, 20)]
    [InlineData(0.3, 12)]
    [InlineData(1.0, 40)]
    public void Describe_FirstFortyCases_HaveFloorOfCountTimesFractionAbnormal(double fraction, int expectedAbnormal)
    {
        var generator = new ChestPhantomGenerator(seed: 1, fraction);

        var cases = Enumerable.Range(0, 40).Select(generator.Describe).ToList();

        Assert.Equal(expectedAbnormal, cases.Count(c => c.IsAbnormal));
        Assert.All(cases, c => Assert.Equal(c.IsAbnormal ? "ABNORMAL" : "NORMAL", c.Label));
        Assert.All(cases.Where(c => c.IsAbnormal), c => Assert.Contains(c.Anomaly, ChestPhantomGenerator.AnomalyKinds));
    }

    [Fact]
    public void Describe_ManyAbnormalCases_UseEveryFindingKind()
    {
        var generator = new ChestPhantomGenerator(seed: 1, abnormalFraction: 1);

        var kinds = Enumerable.Range(0, 60).Select(i => generator.Describe(i).Anomaly).ToHashSet();

        Assert.Equal(ChestPhantomGenerator.AnomalyKinds.ToHashSet(), kinds);
    }

    [Fact]
    public void Generate_DrawnCase_MatchesItsDescription()
    {
        var generator = new ChestPhantomGenerator(seed: 4);
        for (var index = 0; index < 6; index++)
        {
            var described = generator.Describe(index);
            var generated = generator.Generate(index, 32);

            Assert.Equal(described, generated.Case);
            Assert.Equal(described.IsAbnormal, generated.AnomalyRegion is not null);
        }
    }

    [Fact]
    public void Constructor_FractionOutsideUnitInterval_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChestPhantomGenerator(1, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChestPhantomGenerator(1, -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChestPhantomGenerator(1, double.NaN));
    }

    [Fact]
    public void Generate_BadIndexOrSize_Throws()
    {
        var generator = new ChestPhantomGenerator();

        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate(-1, 64));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate(0, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate(0, 64, (AnomalyKind)99));
    }

    private static double MeanAbsoluteDifference(float[] a, float[] b) =>
        a.Zip(b, (x, y) => Math.Abs((double)x - y)).Average();

    private static double RegionMean(SimSid.Imaging.GrayImage image, PixelRegion region)
    {
        var sum = 0.0;
        for (var y = region.Y; y < region.Y + region.Height; y++)
        {
            for (var x = region.X; x < region.X + region.Width; x++)
            {
                sum += image[x, y];
            }
        }

        return sum / (region.Width * region.Height);
    }

    private static double MeanOf(SimSid.Imaging.GrayImage image, double x0, double x1, double y0, double y1)
    {
        var region = new PixelRegion(
            (int)(x0 * image.Width),
            (int)(y0 * image.Height),
            Math.Max(1, (int)((x1 - x0) * image.Width)),
            Math.Max(1, (int)((y1 - y0) * image.Height)));
        return RegionMean(image, region);
    }
}
