namespace Structures.Core.Sso;

public sealed record EveTokenValidation(EveTokenIdentity? Identity, string? Error)
{
    public bool IsValid => Identity is not null;

    public static EveTokenValidation Valid(EveTokenIdentity identity) => new(identity, null);

    public static EveTokenValidation Invalid(string error) => new(null, error);
}
