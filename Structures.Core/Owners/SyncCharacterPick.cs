using Structures.Core.Esi;

namespace Structures.Core.Owners;

public sealed record SyncCharacterPick(OwnerCharacter? Character, EsiAuth? Auth, string? Error)
{
    public bool Found => Auth is not null;
}
