using Microsoft.AspNetCore.Components.Authorization;
using Structures.Core.Access;

namespace Structures.Dashboard.Auth;

// The signed-in user, for components. Pages hand Core the ViewerId and never a Viewer they hold: Core works out what
// the user may do at every call (see ViewerId). GetAsync, read afresh each time too, decides what a page offers.
public sealed class CurrentViewer(AuthenticationStateProvider authentication, Viewers viewers)
{
    public async Task<ViewerId> IdAsync() => (await authentication.GetAuthenticationStateAsync()).User.ViewerId();

    public async Task<Viewer> GetAsync(CancellationToken cancellationToken = default) => await viewers.ResolveAsync(await IdAsync(), cancellationToken);
}
