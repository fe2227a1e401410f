namespace Structures.Dashboard.Simulation.Sso;

// The address of the simulated EVE server and Discord: the app's own, known once Kestrel has bound its port, or
// another instance's (Simulation:ServerUrl).
internal sealed class SimulatorAddress
{
    private string? _baseUrl;

    public string BaseUrl => _baseUrl ?? throw new InvalidOperationException("The simulator's address is not known before the server starts.");

    public bool IsKnown => _baseUrl is not null;

    // EVE's metadata names its issuer as a bare host; the simulator does the same with host and port.
    public string Issuer => new Uri(BaseUrl).Authority;

    public string SsoBaseUrl => $"{BaseUrl}/sim/sso";

    public string EsiBaseUrl => $"{BaseUrl}/sim/esi";

    public string ImageBaseUrl => $"{BaseUrl}/sim/images";

    public string DiscordBaseUrl => $"{BaseUrl}/sim/discord";

    public void Set(string baseUrl) => _baseUrl = baseUrl.TrimEnd('/');

    // Known from the start when another instance's simulator is used (Simulation:ServerUrl), else once this one binds.
    public static SimulatorAddress Of(string? serverUrl)
    {
        var address = new SimulatorAddress();
        if (Uri.TryCreate(serverUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            address.Set(uri.GetLeftPart(UriPartial.Authority));
        }

        return address;
    }
}
