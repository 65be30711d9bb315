using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Ingestion.Support;

/// <summary>A Kestrel server on 127.0.0.1 and a random port serving whatever each test maps.</summary>
public sealed class FixtureServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);

    /// <summary>Every request received: path and query, with its headers.</summary>
    public ConcurrentQueue<(string PathAndQuery, Dictionary<string, string> Headers)> Requests { get; } = new();

    public Uri BaseUrl => BaseUrls[0];

    /// <summary>One base URL per endpoint: each its own port, so a distinct host to the fetcher's per-host limits.</summary>
    public IReadOnlyList<Uri> BaseUrls { get; private set; } = [];

    private FixtureServer(int endpoints)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o =>
        {
            for (var i = 0; i < endpoints; i++) o.Listen(IPAddress.Loopback, 0);
        });
        _app = builder.Build();
        _app.Run(async context =>
        {
            // Copied: Kestrel reuses header collections once a request is done.
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            Requests.Enqueue((context.Request.Path + context.Request.QueryString, headers));
            if (_routes.TryGetValue(context.Request.Path.Value ?? "", out var handler)) await handler(context);
            else context.Response.StatusCode = 404;
        });
    }

    public static async Task<FixtureServer> StartAsync(int endpoints = 1)
    {
        var server = new FixtureServer(endpoints);
        await server._app.StartAsync();
        server.BaseUrls = server._app.Urls.Select(u => new Uri(u.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/")).ToList();
        return server;
    }

    public string Url(string path) => new Uri(BaseUrl, path.TrimStart('/')).AbsoluteUri;

    public string Url(int endpoint, string path) => new Uri(BaseUrls[endpoint], path.TrimStart('/')).AbsoluteUri;

    public int Hits(string path) => Requests.Count(r => r.PathAndQuery.Split('?')[0] == path);

    public FixtureServer Map(string path, RequestDelegate handler)
    {
        _routes[path] = handler;
        return this;
    }

    public FixtureServer MapText(string path, string contentType, string body) =>
        Map(path, async c =>
        {
            c.Response.ContentType = contentType;
            await c.Response.WriteAsync(body);
        });

    public FixtureServer MapBytes(string path, string contentType, byte[] body) =>
        Map(path, async c =>
        {
            c.Response.ContentType = contentType;
            await c.Response.Body.WriteAsync(body);
        });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
