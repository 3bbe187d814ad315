using static TorchSharp.torch;

namespace SimSid.Model.Data;

/// <summary>Images preloaded into memory at the network's input size, values in [0, 1], with their labels.</summary>
public sealed class ImageSet
{
    private readonly float[] pixels;

    private ImageSet(IReadOnlyList<LabelledImage> items, float[] pixels, int size)
    {
        Items = items;
        this.pixels = pixels;
        Size = size;
    }

    public IReadOnlyList<LabelledImage> Items { get; }

    public int Size { get; }

    public int Count => Items.Count;

    /// <summary>Loads and resizes every image with <paramref name="loader"/> (PNG/JPEG by default; the CLI adds DICOM).</summary>
    /// <exception cref="InvalidDataException">An image could not be read; the message names the file.</exception>
    public static ImageSet Load(IReadOnlyList<LabelledImage> items, int size, Func<string, Imaging.GrayImage>? loader = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        loader ??= ImagePreprocessor.LoadStandardImage;
        var pixels = new float[(long)items.Count * size * size];
        var area = size * size;
        try
        {
            Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                Imaging.GrayImage image;
                try
                {
                    image = loader(items[i].Path);
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException or FormatException)
                {
                    throw new InvalidDataException($"Cannot read image '{items[i].Path}': {ex.Message}", ex);
                }

                ImagePreprocessor.Prepare(image, size).CopyTo(pixels, (long)i * area);
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.FirstOrDefault(e => e is InvalidDataException) is { } unreadable)
        {
            // Parallel.For wraps what a worker throws; the caller gets the documented error naming the file
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(unreadable);
        }

        return new ImageSet(items, pixels, size);
    }

    /// <summary>Wraps already prepared images (each <paramref name="size"/>², values in [0, 1]).</summary>
    public static ImageSet FromPixels(IReadOnlyList<LabelledImage> items, IReadOnlyList<float[]> images, int size)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(images);
        var area = size * size;
        var pixels = new float[(long)images.Count * area];
        for (var i = 0; i < images.Count; i++)
        {
            if (images[i].Length != area)
            {
                throw new ArgumentException($"Image {i} has {images[i].Length} pixels, expected {area}.", nameof(images));
            }

            images[i].CopyTo(pixels, (long)i * area);
        }

        return new ImageSet(items, pixels, size);
    }

    /// <summary>The images at <paramref name="indices"/> as a (B, 1, S, S) tensor in [0, 1].</summary>
    public Tensor Batch(ReadOnlySpan<int> indices)
    {
        var area = Size * Size;
        var data = new float[indices.Length * area];
        for (var i = 0; i < indices.Length; i++)
        {
            Array.Copy(pixels, (long)indices[i] * area, data, (long)i * area, area);
        }

        return tensor(data, [indices.Length, 1, Size, Size]);
    }

    /// <summary>The image at <paramref name="index"/> as a row-major array (a copy).</summary>
    public float[] Pixels(int index) => pixels.AsSpan(index * Size * Size, Size * Size).ToArray();
}
