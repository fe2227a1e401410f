using Microsoft.AspNetCore.Components.Authorization;
using Structures.Core.Access;

namespace Structures.Dashboard.Auth;

// The signed-in user as Core sees them, for components. Resolved once per page load.
public sealed class CurrentViewer(AuthenticationStateProvider authentication, Viewers viewers)
{
    public async Task<Viewer> GetAsync(CancellationToken cancellationToken = default)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.CharacterId() is { } id ? await viewers.ForCharacterAsync(id, cancellationToken) : Viewer.Anonymous;
    }
}
