namespace Structures.Core.Access;

// The first step of every admin command: the one asking may manage settings, and what they sent passes its checks.
public static class SettingsManager
{
    public static async Task<(Viewer Viewer, ChangeResult? Refusal)> ResolveManagerAsync(this Viewers viewers, ViewerId viewerId, object? form, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        if (!viewer.Can(Permission.ManageSettings))
        {
            return (viewer, ChangeResult.NotPermitted);
        }

        return form is not null && FormValidation.FirstError(form) is { } error ? (viewer, ChangeResult.Refused(error)) : (viewer, null);
    }
}
