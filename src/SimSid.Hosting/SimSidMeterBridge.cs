using System.Diagnostics.Metrics;
using Prometheus;

namespace SimSid.Hosting;

/// <summary>
/// Exports the product's own System.Diagnostics.Metrics instruments (meters named "SimSid.*") on /metrics under their
/// instrument names (simsid_*): counters as Prometheus counters, histograms as Prometheus histograms.
/// </summary>
internal sealed class SimSidMeterBridge : IDisposable
{
    private static readonly double[] Buckets = Histogram.ExponentialBuckets(0.005, 2, 18);
    private readonly MeterListener _listener = new();

    public SimSidMeterBridge()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name.StartsWith("SimSid", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();

    private static void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var names = new string[tags.Length];
        var values = new string[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            names[i] = tags[i].Key;
            values[i] = Convert.ToString(tags[i].Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        }

        var help = instrument.Description ?? instrument.Name;
        if (instrument is Histogram<double> or Histogram<long>)
        {
            Metrics.CreateHistogram(instrument.Name, help, new HistogramConfiguration { LabelNames = names, Buckets = Buckets }).WithLabels(values).Observe(value);
        }
        else
        {
            Metrics.CreateCounter(instrument.Name, help, names).WithLabels(values).Inc(value);
        }
    }
}
