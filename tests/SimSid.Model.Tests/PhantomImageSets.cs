using SimSid.Model.Data;
using SimSid.Synthetic;

namespace SimSid.Model.Tests;

/// <summary>
/// Labelled image sets drawn with <see cref="ChestPhantomGenerator"/> (the generator behind <c>simsid synth</c>),
/// rendered at <see cref="RenderSize"/> px and brought to the network input by <see cref="ImagePreprocessor.Prepare"/>
/// as loaded files are.
/// </summary>
internal static class PhantomImageSets
{
    public const int RenderSize = 128;

    /// <summary>Cases 0 … <paramref name="count"/> − 1 of <paramref name="seed"/>, all rendered without a finding.</summary>
    public static ImageSet Normals(int seed, int count, int size)
    {
        var generator = new ChestPhantomGenerator(seed, abnormalFraction: 0);
        var items = new List<LabelledImage>(count);
        var images = new List<float[]>(count);
        for (var index = 0; index < count; index++)
        {
            items.Add(new LabelledImage(PathOf(seed, index, abnormal: false), false));
            images.Add(Render(generator, index, AnomalyKind.None, size));
        }

        return ImageSet.FromPixels(items, images, size);
    }

    /// <summary>
    /// <paramref name="perClass"/> normal cases (indices 0 … n − 1) and as many abnormal ones (indices n … 2n − 1, other
    /// anatomy) whose findings cycle through <paramref name="kinds"/>, drawn at <paramref name="findingExtent"/>.
    /// </summary>
    public static ImageSet Labelled(int seed, int perClass, IReadOnlyList<AnomalyKind> kinds, double findingExtent, int size)
    {
        var generator = new ChestPhantomGenerator(seed, abnormalFraction: 0) { FindingExtent = findingExtent };
        var items = new List<LabelledImage>(2 * perClass);
        var images = new List<float[]>(2 * perClass);
        for (var index = 0; index < 2 * perClass; index++)
        {
            var abnormal = index >= perClass;
            var kind = abnormal ? kinds[(index - perClass) % kinds.Count] : AnomalyKind.None;
            items.Add(new LabelledImage(PathOf(seed, index, abnormal), abnormal));
            images.Add(Render(generator, index, kind, size));
        }

        return ImageSet.FromPixels(items, images, size);
    }

    private static float[] Render(ChestPhantomGenerator generator, int index, AnomalyKind kind, int size) =>
        ImagePreprocessor.Prepare(generator.Generate(index, RenderSize, kind).Image, size);

    private static string PathOf(int seed, int index, bool abnormal) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/phantoms/{seed}/{(abnormal ? "ABNORMAL" : "NORMAL")}/chest-{index:D5}.png");
}
