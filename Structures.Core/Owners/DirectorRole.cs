using Structures.Core.Esi;
using Structures.Core.Esi.Models;

namespace Structures.Core.Owners;

// Only directors may sync a corporation. ESI's list of the character's roles decides, and only when it arrived:
// a failed lookup (ESI down, or the roles scope left out of the token) confirms nothing, so it never lets anyone in.
public static class DirectorRole
{
    public const string Name = "Director";

    public static DirectorCheck Check(EsiResult<EsiRoles> roles) => roles switch
    {
        { IsSuccess: true, Value: { } granted } => (granted.Roles ?? []).Contains(Name, StringComparer.Ordinal) ? DirectorCheck.Confirmed : DirectorCheck.NotDirector,
        _ => DirectorCheck.Unconfirmed,
    };
}

public enum DirectorCheck
{
    Confirmed,
    NotDirector,
    Unconfirmed,
}
