using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;
using Structures.Core.Access;

namespace Structures.Dashboard.Auth;

// An open page (a Blazor circuit) keeps the sign-in it started with. Every RecheckInterval this asks again: a session
// whose character changed hands ends there; when what the user may do has changed (a grant or admin taken back or
// given), the same user is handed to the page again, so every [Authorize] page and AuthorizeView decides afresh.
internal sealed partial class SessionRevalidation : RevalidatingServerAuthenticationStateProvider
{
    private readonly Viewers _viewers;
    private readonly IOptions<SessionOptions> _options;
    private readonly ILogger<SessionRevalidation> _logger;
    private Task<string?> _powers = Task.FromResult<string?>(null);

    public SessionRevalidation(ILoggerFactory loggerFactory, Viewers viewers, IOptions<SessionOptions> options) : base(loggerFactory)
    {
        _viewers = viewers;
        _options = options;
        _logger = loggerFactory.CreateLogger<SessionRevalidation>();
        AuthenticationStateChanged += state => _powers = PowersAsync(state);
    }

    // What the page was given to do, once read: each check compares with it.
    internal Task<string?> KnownPowers => _powers;

    protected override TimeSpan RevalidationInterval => _options.Value.RecheckInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var user = authenticationState.User;
        try
        {
            var viewer = await _viewers.ResolveAsync(user.ViewerId(), cancellationToken);
            if (viewer.CharacterId == 0)
            {
                return false;
            }

            if (await KnownPowers != Powers(viewer))
            {
                SetAuthenticationState(Task.FromResult(new AuthenticationState(user)));
            }

            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The circuit closed during the check: there is no page left to decide for.
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A passing database error proves nothing about the user: the page stays as it is until the next check.
            LogRecheckFailed(_logger, ex, user.CharacterId());
            return true;
        }
    }

    private async Task<string?> PowersAsync(Task<AuthenticationState> state)
    {
        try
        {
            return Powers(await _viewers.ResolveAsync((await state).User.ViewerId(), CancellationToken.None));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unknown: the next check then hands the page its user again, which costs one re-render.
            LogRecheckFailed(_logger, ex, null);
            return null;
        }
    }

    private static string Powers(Viewer viewer) =>
        $"{viewer.IsAdmin}|{string.Join(',', viewer.Permissions.Order())}|{viewer.VisibilityKey()}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not re-check the session of character {CharacterId}; it is checked again at the next interval")]
    private static partial void LogRecheckFailed(ILogger logger, Exception exception, long? characterId);
}
