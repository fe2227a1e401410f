namespace Structures.Core.Esi;

// The character an authenticated ESI call is made for, with a valid access token.
public sealed record EsiAuth(long CharacterId, string AccessToken);
