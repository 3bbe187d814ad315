using SimSid.Imaging;

namespace SimSid.Model.Reporting;

/// <summary>
/// A tiny rasteriser for report figures on a <see cref="GrayImage"/>: a white canvas with a framed plot area mapping
/// data coordinates [0, 1] × [0, 1], lines, filled bars and tick marks. No text; figures are described in report.json.
/// </summary>
internal sealed class PlotCanvas
{
    private const int Margin = 24;

    public PlotCanvas(int width, int height)
    {
        Image = new GrayImage(width, height);
        Array.Fill(Image.Pixels, 1f);
        DrawFrame();
    }

    public GrayImage Image { get; }

    private int PlotWidth => Image.Width - (2 * Margin);

    private int PlotHeight => Image.Height - (2 * Margin);

    /// <summary>A polyline through data points in [0, 1]².</summary>
    public void Polyline(IReadOnlyList<(double X, double Y)> points, float value, int thickness = 2)
    {
        ArgumentNullException.ThrowIfNull(points);
        for (var i = 1; i < points.Count; i++)
        {
            var (x0, y0) = ToPixel(points[i - 1].X, points[i - 1].Y);
            var (x1, y1) = ToPixel(points[i].X, points[i].Y);
            Line(x0, y0, x1, y1, value, thickness);
        }
    }

    /// <summary>A filled bar from data x0 to x1 and y 0 to <paramref name="height"/>.</summary>
    public void Bar(double x0, double x1, double height, float value)
    {
        var (px0, py0) = ToPixel(x0, 0);
        var (px1, py1) = ToPixel(x1, height);
        for (var y = Math.Min(py0, py1); y <= Math.Max(py0, py1); y++)
        {
            for (var x = Math.Min(px0, px1); x <= Math.Max(px0, px1); x++)
            {
                Set(x, y, value);
            }
        }
    }

    /// <summary>A vertical marker at data x (e.g. the operating threshold), dashed.</summary>
    public void VerticalMarker(double x, float value)
    {
        var (px, top) = ToPixel(x, 1);
        var (_, bottom) = ToPixel(x, 0);
        for (var y = top; y <= bottom; y++)
        {
            if ((y / 4) % 2 == 0)
            {
                Set(px, y, value);
            }
        }
    }

    /// <summary>Bresenham line between pixel positions, drawn <paramref name="thickness"/> pixels wide.</summary>
    public void Line(int x0, int y0, int x1, int y1, float value, int thickness = 1)
    {
        int dx = Math.Abs(x1 - x0), sx = x0 < x1 ? 1 : -1;
        int dy = -Math.Abs(y1 - y0), sy = y0 < y1 ? 1 : -1;
        var error = dx + dy;
        while (true)
        {
            for (var ty = 0; ty < thickness; ty++)
            {
                for (var tx = 0; tx < thickness; tx++)
                {
                    Set(x0 + tx - (thickness / 2), y0 + ty - (thickness / 2), value);
                }
            }

            if (x0 == x1 && y0 == y1)
            {
                break;
            }

            var e2 = 2 * error;
            if (e2 >= dy)
            {
                error += dy;
                x0 += sx;
            }

            if (e2 <= dx)
            {
                error += dx;
                y0 += sy;
            }
        }
    }

    private (int X, int Y) ToPixel(double x, double y) =>
        (Margin + (int)Math.Round(Math.Clamp(x, 0, 1) * PlotWidth), Margin + PlotHeight - (int)Math.Round(Math.Clamp(y, 0, 1) * PlotHeight));

    private void DrawFrame()
    {
        var (left, bottom) = ToPixel(0, 0);
        var (right, top) = ToPixel(1, 1);
        Line(left, top, right, top, 0f);
        Line(left, bottom, right, bottom, 0f);
        Line(left, top, left, bottom, 0f);
        Line(right, top, right, bottom, 0f);
        for (var tick = 0; tick <= 10; tick++)
        {
            var (x, y) = ToPixel(tick / 10.0, tick / 10.0);
            Line(x, bottom, x, bottom + 4, 0f);
            Line(left - 4, y, left, y, 0f);
        }
    }

    private void Set(int x, int y, float value)
    {
        if (x >= 0 && y >= 0 && x < Image.Width && y < Image.Height)
        {
            Image[x, y] = value;
        }
    }
}
