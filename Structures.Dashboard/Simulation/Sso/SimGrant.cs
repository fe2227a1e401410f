namespace Structures.Dashboard.Simulation.Sso;

public sealed record SimGrant(long CharacterId, IReadOnlyList<string> Scopes, string ClientId);

public sealed record SimAuthorizationCode(SimGrant Grant, string RedirectUri, string? CodeChallenge, DateTime ExpiresAt);

public sealed record SimAccessGrant(long CharacterId, IReadOnlyList<string> Scopes, DateTime IssuedAt);
