using Microsoft.Extensions.Options;

namespace Structures.Core.Esi;

// ESI's error limit is shared by every call of this app: when it runs low, all calls stop until the window resets.
public sealed class EsiErrorLimitGuard(IOptions<EsiOptions> options, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private DateTime _blockedUntil = DateTime.MinValue;

    public DateTime? BlockedUntil
    {
        get
        {
            lock (_gate)
            {
                return _blockedUntil > clock.GetUtcNow().UtcDateTime ? _blockedUntil : null;
            }
        }
    }

    public void Observe(int? remain, int? resetSeconds)
    {
        if (remain is { } left && left < options.Value.ErrorLimitReserve)
        {
            Block(resetSeconds ?? 60);
        }
    }

    public void Block(int resetSeconds)
    {
        lock (_gate)
        {
            var until = clock.GetUtcNow().UtcDateTime.AddSeconds(Math.Max(1, resetSeconds));
            if (until > _blockedUntil)
            {
                _blockedUntil = until;
            }
        }
    }
}
