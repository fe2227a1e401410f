using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;
using Structures.Core.Access;

namespace Structures.Dashboard.Auth;

// An open page (a Blazor circuit) keeps the sign-in it started with. Every RecheckInterval this asks again: a session
// whose character changed hands ends there; when what the user may do has changed (a grant or admin taken back or
// given), the same user is handed to the page again, so every [Authorize] page and AuthorizeView decides afresh.
internal sealed class SessionRevalidation : RevalidatingServerAuthenticationStateProvider
{
    private readonly Viewers _viewers;
    private readonly IOptions<SessionOptions> _options;
    private Task<string?> _powers = Task.FromResult<string?>(null);

    public SessionRevalidation(ILoggerFactory loggerFactory, Viewers viewers, IOptions<SessionOptions> options) : base(loggerFactory)
    {
        _viewers = viewers;
        _options = options;
        AuthenticationStateChanged += state => _powers = PowersAsync(state);
    }

    // What the page was given to do, once read: each check compares with it.
    internal Task<string?> KnownPowers => _powers;

    protected override TimeSpan RevalidationInterval => _options.Value.RecheckInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var viewer = await _viewers.ResolveAsync(authenticationState.User.ViewerId(), cancellationToken);
        if (viewer.CharacterId == 0)
        {
            return false;
        }

        if (await KnownPowers != Powers(viewer))
        {
            SetAuthenticationState(Task.FromResult(new AuthenticationState(authenticationState.User)));
        }

        return true;
    }

    private async Task<string?> PowersAsync(Task<AuthenticationState> state)
    {
        var user = (await state).User;
        return Powers(await _viewers.ResolveAsync(user.ViewerId(), CancellationToken.None));
    }

    private static string Powers(Viewer viewer) =>
        $"{viewer.IsAdmin}|{string.Join(',', viewer.Permissions.Order())}|{viewer.VisibilityKey()}";
}
