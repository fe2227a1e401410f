using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.Extensions.Options;

namespace Structures.Dashboard.Auth;

// EVE's developer portal registers one callback URL per application, so the sign-in round and the "add structure
// owner" round both come back to EveOAuth.CallbackPath. Each round's state is protected for its own scheme: the
// director's handler takes the callbacks whose state it can read, and sign-in takes all the others, so a stale or
// forged state ends on sign-in's failure page.
internal sealed class SharedCallbackHandler(IOptionsMonitor<OAuthOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : OAuthHandler<OAuthOptions>(options, logger, encoder)
{
    public override async Task<bool> ShouldHandleRequestAsync()
    {
        if (!await base.ShouldHandleRequestAsync())
        {
            return false;
        }

        var state = Request.Query["state"].ToString();
        var directorRound = state.Length > 0 && OptionsMonitor.Get(DirectorAuthentication.Scheme).StateDataFormat.Unprotect(state) is not null;
        return Scheme.Name == DirectorAuthentication.Scheme ? directorRound : !directorRound;
    }
}
