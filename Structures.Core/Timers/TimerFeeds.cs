using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Structures.Core.Access;
using Structures.Core.Data;

namespace Structures.Core.Timers;

// Each user's calendar feed at a secret address: one per user, a new one replacing the old. The feed holds exactly
// the timers its user may see at the moment it is fetched, decided with their current permissions and characters: a
// user who lost access (or whose character was sold) gets an empty calendar. An unknown or revoked secret finds nothing.
public sealed class TimerFeeds(IDbContextFactory<StructuresDbContext> contextFactory, TimerBoard board, TimeProvider clock, ILogger<TimerFeeds> logger)
{
    // Makes a new secret for the user, replacing any earlier one; null for nobody signed in.
    public async Task<string?> CreateAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        if (viewerId.IsSystem || viewerId.CharacterId == 0)
        {
            return null;
        }

        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.TimerFeeds.Where(f => f.CharacterId == viewerId.CharacterId).ExecuteDeleteAsync(cancellationToken);
        db.TimerFeeds.Add(new TimerFeed
        {
            CharacterId = viewerId.CharacterId, OwnerHash = viewerId.OwnerHash, SecretHash = Hash(secret), CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.FeedCreated(viewerId.CharacterId);
        return secret;
    }

    public async Task<bool> RevokeAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var revoked = await db.TimerFeeds.Where(f => f.CharacterId == viewerId.CharacterId && viewerId.CharacterId != 0).ExecuteDeleteAsync(cancellationToken) > 0;
        if (revoked)
        {
            logger.FeedRevoked(viewerId.CharacterId);
        }

        return revoked;
    }

    // When the user's current feed was made; null when they have none.
    public async Task<DateTime?> CreatedAtAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.TimerFeeds.AsNoTracking().Where(f => f.CharacterId == viewerId.CharacterId && viewerId.CharacterId != 0)
            .Select(f => (DateTime?)f.CreatedAt).SingleOrDefaultAsync(cancellationToken);
    }

    // The calendar at a secret address, or null when no feed has that secret.
    public async Task<string?> CalendarAsync(string secret, CancellationToken cancellationToken)
    {
        if (secret.Length is 0 or > 100)
        {
            return null;
        }

        var hash = Hash(secret);
        TimerFeed? feed;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            feed = await db.TimerFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.SecretHash == hash, cancellationToken);
        }

        if (feed is null)
        {
            return null;
        }

        var rows = await board.UpcomingForAsync(ViewerId.Character(feed.CharacterId, feed.OwnerHash), cancellationToken);
        return TimerCalendar.Write(rows, clock.GetUtcNow().UtcDateTime);
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
