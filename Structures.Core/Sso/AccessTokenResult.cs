namespace Structures.Core.Sso;

// An access token, or why there is none. Dead means the character must be added again; otherwise try later.
public sealed record AccessTokenResult(string? AccessToken, bool IsDead, string? Error)
{
    public static AccessTokenResult Ok(string token) => new(token, false, null);

    public static AccessTokenResult Dead(string reason) => new(null, true, reason);

    public static AccessTokenResult Transient(string reason) => new(null, false, reason);
}
