using System.Text;
using Microsoft.Extensions.Primitives;

namespace Structures.Dashboard.Simulation.Sso;

// The applications registered with the simulated SSO: the demo app, plus the app's own client when it names one.
internal sealed class SimClients(IConfiguration configuration)
{
    // The callback registered for every simulated application (its host is whatever the app runs on).
    public const string CallbackPath = Auth.EveOAuth.CallbackPath;

    public bool IsKnown(string? clientId) => clientId is not null && SecretOf(clientId) is not null;

    private string? SecretOf(string clientId)
    {
        if (clientId == SimulationOptions.DemoClientId)
        {
            return SimulationOptions.DemoClientSecret;
        }

        return configuration["Eve:ClientId"] == clientId ? configuration["Eve:ClientSecret"] : null;
    }

    // Web apps send HTTP Basic client_id:secret (EVE's recommendation) or client_secret_post; native apps PKCE without a secret.
    public string? Authenticate(HttpRequest request, IFormCollection form)
    {
        var (clientId, secret) = ReadBasic(request.Headers.Authorization) ?? (form["client_id"].ToString(), form["client_secret"].ToString());
        if (string.IsNullOrEmpty(clientId) || !IsKnown(clientId))
        {
            return null;
        }

        if (string.IsNullOrEmpty(secret))
        {
            return form.ContainsKey("code_verifier") ? clientId : null;
        }

        return SecretOf(clientId) == secret ? clientId : null;
    }

    private static (string, string)? ReadBasic(StringValues header)
    {
        var value = header.ToString();
        if (!value.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value["Basic ".Length..].Trim()));
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
    }
}
