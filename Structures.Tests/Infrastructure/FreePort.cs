using System.Net;
using System.Net.Sockets;

namespace Structures.Tests.Infrastructure;

// A loopback port nobody listens on right now, for a server a test starts on a port of its choosing.
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
