using System.Net;
using Bot.Ingestion.Fetching;

namespace Bot.Tests.Ingestion;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]        // loopback
    [InlineData("127.255.0.9")]      // all of 127/8 is loopback
    [InlineData("::1")]              // IPv6 loopback
    [InlineData("0.0.0.0")]          // "this host"
    [InlineData("::")]               // IPv6 unspecified
    [InlineData("10.0.0.1")]         // private
    [InlineData("172.16.5.4")]       // private
    [InlineData("172.31.255.255")]   // end of 172.16/12
    [InlineData("192.168.1.1")]      // private
    [InlineData("100.64.0.1")]       // shared address space (carrier-grade NAT)
    [InlineData("100.127.255.254")]  // end of 100.64/10
    [InlineData("169.254.169.254")]  // link-local: cloud metadata
    [InlineData("192.0.0.8")]        // IETF protocol assignments
    [InlineData("198.18.0.1")]       // benchmarking
    [InlineData("224.0.0.1")]        // multicast
    [InlineData("240.0.0.1")]        // reserved
    [InlineData("255.255.255.255")]  // broadcast
    [InlineData("::ffff:127.0.0.1")] // IPv4-mapped loopback
    [InlineData("::ffff:10.1.2.3")]  // IPv4-mapped private
    [InlineData("::ffff:169.254.169.254")] // IPv4-mapped metadata
    [InlineData("::127.0.0.1")]      // IPv4-compatible (deprecated)
    [InlineData("64:ff9b::a00:1")]   // NAT64 of 10.0.0.1
    [InlineData("fc00::1")]          // unique local
    [InlineData("fd12:3456::1")]     // unique local
    [InlineData("fe80::1")]          // link-local
    [InlineData("fec0::1")]          // site-local (deprecated)
    [InlineData("ff02::1")]          // multicast
    [InlineData("2001:db8::1")]      // documentation
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2")] // Teredo
    [InlineData("2002:a00:1::")]     // 6to4 of 10.0.0.1
    public void IsAllowed_NonPublicAddress_IsRefused(string address)
    {
        Assert.False(AddressPolicy.PublicOnly.IsAllowed(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("100.128.0.1")]      // just past 100.64/10
    [InlineData("172.32.0.1")]       // just past 172.16/12
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]   // mapped public IPv4 is judged as IPv4
    public void IsAllowed_PublicAddress_IsAllowed(string address)
    {
        Assert.True(AddressPolicy.PublicOnly.IsAllowed(IPAddress.Parse(address)));
    }

    [Fact]
    public void IsAllowed_LoopbackSwitchOn_AllowsLoopbackButNoOtherPrivateRange()
    {
        var policy = new AddressPolicy(allowLoopback: true);

        Assert.True(policy.IsAllowed(IPAddress.Loopback));
        Assert.True(policy.IsAllowed(IPAddress.IPv6Loopback));
        Assert.False(policy.IsAllowed(IPAddress.Parse("10.0.0.1")));
        Assert.False(policy.IsAllowed(IPAddress.Parse("169.254.169.254")));
    }
}
