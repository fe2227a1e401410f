namespace Structures.Dashboard.Simulation.Sso;

// The address the app (and so the simulator) listens on, known once Kestrel has bound its port.
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
}
