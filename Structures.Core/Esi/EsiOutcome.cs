namespace Structures.Core.Esi;

public enum EsiOutcome
{
    Ok,
    NotModified,
    NotFound,
    Forbidden,
    Unauthorized,
    ErrorLimited,
    RateLimited,
    Unavailable,
    Malformed,
}
