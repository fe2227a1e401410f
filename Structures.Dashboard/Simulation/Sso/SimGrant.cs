namespace Structures.Dashboard.Simulation.Sso;

internal sealed record SimGrant(long CharacterId, IReadOnlyList<string> Scopes, string ClientId);

internal sealed record SimAuthorizationCode(SimGrant Grant, string RedirectUri, string? CodeChallenge, DateTime ExpiresAt);

internal sealed record SimAccessGrant(long CharacterId, IReadOnlyList<string> Scopes, DateTime IssuedAt);
