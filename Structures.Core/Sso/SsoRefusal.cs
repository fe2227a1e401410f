using System.Text.Json;

namespace Structures.Core.Sso;

// What a 4xx from EVE SSO's token endpoint means, read from OAuth's error body (RFC 6749 §5.2): only invalid_grant
// says the refresh token is dead; invalid_client blames the app's own credentials, never the character.
public enum SsoRefusal
{
    Transient,
    DeadToken,
    WrongClient,
}

public static class SsoRefusals
{
    public static SsoRefusal Classify(string? body)
    {
        try
        {
            using var document = JsonDocument.Parse(body ?? "");
            var error = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var e)
                && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            return error switch
            {
                "invalid_grant" => SsoRefusal.DeadToken,
                "invalid_client" or "unauthorized_client" => SsoRefusal.WrongClient,
                _ => SsoRefusal.Transient,
            };
        }
        catch (JsonException)
        {
            return SsoRefusal.Transient;
        }
    }
}
