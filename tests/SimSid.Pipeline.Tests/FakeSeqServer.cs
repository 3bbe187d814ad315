using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace SimSid.Pipeline.Tests;

/// <summary>A loopback stand-in for Seq: accepts POST /api/events/raw (CLEF, one JSON object per line) and keeps the events.</summary>
internal sealed class FakeSeqServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<JsonElement> _events = [];
    private readonly List<string> _requests = [];
    private readonly Task _loop;

    public FakeSeqServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    public IReadOnlyList<JsonElement> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_events)
            {
                return [.. _requests];
            }
        }
    }

    public string RawText
    {
        get
        {
            lock (_events)
            {
                return string.Join('\n', _events.Select(e => e.GetRawText()));
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                var body = await reader.ReadToEndAsync();
                lock (_events)
                {
                    _requests.Add($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath} {context.Request.ContentType} {context.Request.Headers["X-Seq-ApiKey"]}");
                    foreach (var line in body.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    {
                        _events.Add(JsonDocument.Parse(line).RootElement.Clone());
                    }
                }
            }

            context.Response.StatusCode = 201;
            var answer = Encoding.UTF8.GetBytes("{\"MinimumLevelAccepted\":null}");
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }
}
