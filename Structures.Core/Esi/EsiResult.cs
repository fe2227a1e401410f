namespace Structures.Core.Esi;

// What an ESI call gave: a value, or a failure in words a director understands. Never a transport exception.
public sealed record EsiResult<T>(T? Value, EsiOutcome Outcome, string? Error = null, DateTime? ExpiresAt = null, DateTime? LastModified = null)
{
    public bool IsSuccess => Outcome is EsiOutcome.Ok or EsiOutcome.NotModified;

    public static EsiResult<T> Failure(EsiOutcome outcome, string error) => new(default, outcome, error);

    public EsiResult<TOther> As<TOther>(TOther? value = default) => new(value, Outcome, Error, ExpiresAt, LastModified);
}
