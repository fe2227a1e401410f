using Structures.Core.Localization;

namespace Structures.Core.Access;

// The answer to a change asked from the dashboard: done, or why not (and then nothing was changed).
public sealed record ChangeResult(bool Succeeded, string Message)
{
    public static ChangeResult NotPermitted => new(false, StaticWords<PermissionWords>.Words["NotPermitted"]);

    public static ChangeResult Done(string message) => new(true, message);

    public static ChangeResult Refused(string message) => new(false, message);
}
