using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Notices;

namespace Structures.Core.Sso;

// EVE SSO refusing the app's own credentials concerns every character at once: admins hear of it once (again a day
// later, or after they read it), not once per character per sync.
public sealed class WrongClientNotice(IDbContextFactory<StructuresDbContext> contextFactory, TimeProvider clock) : IDisposable
{
    public static readonly string Title = NoticeLanguage.English.Say("WrongClient.Title");

    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task RaiseAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var dayAgo = now.AddDays(-1);
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (await db.AdminNotices.AnyAsync(n => n.Title == Title && (!n.IsRead || n.CreatedAt > dayAgo), cancellationToken))
            {
                return;
            }

            db.AdminNotices.Add(NewNotice.WrongClient(now));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
