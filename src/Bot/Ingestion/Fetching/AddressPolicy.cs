using System.Net;
using System.Net.Sockets;

namespace Bot.Ingestion.Fetching;

/// <summary>
/// Which IP addresses the bot may connect to. Only public unicast addresses: loopback, private,
/// shared (100.64/10), link-local, multicast, documentation, benchmarking and reserved ranges are
/// refused, in IPv4 and IPv6, and IPv4 addresses carried inside IPv6 (mapped, compatible, NAT64,
/// 6to4, Teredo) are judged as IPv4 or refused.
/// </summary>
public sealed class AddressPolicy(bool allowLoopback, IReadOnlyCollection<IPAddress>? alsoAllowed = null)
{
    public static AddressPolicy PublicOnly { get; } = new(allowLoopback: false);

    private readonly HashSet<IPAddress> _alsoAllowed = [.. (alsoAllowed ?? []).Select(Canonical)];

    public bool AllowLoopback => allowLoopback;

    public bool IsAllowed(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        address = Canonical(address);
        if (_alsoAllowed.Contains(address)) return true;
        if (IPAddress.IsLoopback(address)) return allowLoopback;
        return IsPublic(address);
    }

    private static IPAddress Canonical(IPAddress a) => a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : new IPAddress(a.GetAddressBytes());

    public static bool IsPublic(IPAddress address)
    {
        address = Canonical(address);
        var b = address.GetAddressBytes();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(b),
            AddressFamily.InterNetworkV6 => IsPublicV6(b),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0                                          // 0.0.0.0/8 "this network"
        || b[0] == 10                                      // 10/8 private
        || (b[0] == 100 && (b[1] & 0xC0) == 64)            // 100.64/10 shared (carrier-grade NAT)
        || b[0] == 127                                     // loopback
        || (b[0] == 169 && b[1] == 254)                    // link-local, cloud metadata
        || (b[0] == 172 && (b[1] & 0xF0) == 16)            // 172.16/12 private
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)         // 192.0.0/24 protocol assignments
        || (b[0] == 192 && b[1] == 0 && b[2] == 2)         // TEST-NET-1
        || (b[0] == 192 && b[1] == 88 && b[2] == 99)       // 6to4 relay anycast
        || (b[0] == 192 && b[1] == 168)                    // 192.168/16 private
        || (b[0] == 198 && (b[1] & 0xFE) == 18)            // 198.18/15 benchmarking
        || (b[0] == 198 && b[1] == 51 && b[2] == 100)      // TEST-NET-2
        || (b[0] == 203 && b[1] == 0 && b[2] == 113)       // TEST-NET-3
        || b[0] >= 224);                                   // multicast 224/4, reserved 240/4, broadcast

    private static bool IsPublicV6(byte[] b)
    {
        // Only global unicast 2000::/3 can be public; that excludes ::, ::1, IPv4-compatible ::/96,
        // 64:ff9b::/96 NAT64, 100::/64 discard, fc00::/7 unique local, fe80::/10 link-local,
        // fec0::/10 site-local and ff00::/8 multicast.
        if ((b[0] & 0xE0) != 0x20) return false;
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] < 0x02) return false;          // 2001::/23 IETF (Teredo 2001::/32, ORCHID, …)
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return false; // 2001:db8::/32 documentation
        if (b[0] == 0x20 && b[1] == 0x02) return false;                         // 2002::/16 6to4 (embeds any IPv4)
        if (b[0] == 0x3f && b[1] == 0xff) return false;                         // 3fff::/20 documentation
        return true;
    }
}
