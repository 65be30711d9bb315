using System.Net;
using System.Net.Sockets;

namespace Bot.Ingestion.Fetching;

/// <summary>
/// The HTTP handler every fetch goes through. Its connect callback resolves the host itself and
/// connects only to addresses the <see cref="AddressPolicy"/> allows, so the address checked is the
/// address connected to: a host that resolves to a public address for the pre-check and to 127.0.0.1
/// a moment later (DNS rebinding) is still refused. No proxy (it would hide the real target), no
/// cookies, no automatic redirects (each hop is checked by <see cref="SafeFetcher"/>).
/// </summary>
public static class GuardedConnector
{
    public static SocketsHttpHandler CreateHandler(AddressPolicy policy) => new()
    {
        ConnectCallback = (context, ct) => ConnectAsync(policy, context.DnsEndPoint, ct),
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        MaxConnectionsPerServer = 4,
    };

    public static async ValueTask<Stream> ConnectAsync(AddressPolicy policy, DnsEndPoint endPoint, CancellationToken ct)
    {
        var allowed = await ResolveAllowedAsync(policy, endPoint.Host, ct);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The host's addresses that may be connected to; throws when there are none.</summary>
    public static async Task<IPAddress[]> ResolveAllowedAsync(AddressPolicy policy, string host, CancellationToken ct)
    {
        var literal = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        IPAddress[] addresses;
        if (IPAddress.TryParse(literal, out var ip))
        {
            addresses = [ip];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(literal, ct);
            }
            catch (SocketException e)
            {
                throw new FetchException(FetchFailure.Network, $"The name {host} could not be resolved.", e);
            }
        }
        var allowed = addresses.Where(policy.IsAllowed).ToArray();
        if (allowed.Length == 0) throw new AddressRefusedException(host);
        return allowed;
    }
}
