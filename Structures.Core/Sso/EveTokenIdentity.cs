namespace Structures.Core.Sso;

// Who an EVE access token speaks for, read from its validated claims.
public sealed record EveTokenIdentity(
    long CharacterId,
    string Name,
    string OwnerHash,
    IReadOnlyList<string> Scopes,
    DateTimeOffset ExpiresAt);
