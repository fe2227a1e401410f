namespace Structures.Core.Owners;

public enum AddOwnerOutcome
{
    OwnerCreated,
    CharacterAdded,
    CharacterRenewed,
    NotDirector,
    DirectorUnconfirmed,
    MissingScopes,
    EsiUnavailable,
    NotPermitted,
}

public sealed record AddOwnerResult(AddOwnerOutcome Outcome, string Message, long? OwnerId = null)
{
    public bool Succeeded => Outcome is AddOwnerOutcome.OwnerCreated or AddOwnerOutcome.CharacterAdded or AddOwnerOutcome.CharacterRenewed;
}
