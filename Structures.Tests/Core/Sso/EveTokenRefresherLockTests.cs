using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Sso;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Sso;

// A command against the locked file gives up after one of SQLite's busy waits, not the driver's default 30 seconds.
public sealed class EveTokenRefresherLockTests() : AppTest(fakeClock: true, lockedDatabaseSeconds: 1)
{
    [Fact]
    public async Task Refresh_WhileTheDatabaseIsLocked_SpendsNoToken_SoARestartedAppStillSyncs()
    {
        Factory.ExpectDatabaseErrors();
        await AddOwnerAsync(90000001);
        await using var db = await DbAsync();
        var character = await db.OwnerCharacters.AsNoTracking().SingleAsync();

        var locker = await DatabaseSabotage.LockAsync(Factory.DatabasePath);
        var whileLocked = await Factory.Get<EveTokenRefresher>().GetAccessTokenAsync(character, EveScopes.RequiredForSync, default);
        await locker.DisposeAsync();
        var restarted = ActivatorUtilities.CreateInstance<EveTokenRefresher>(Factory.Services);
        var afterRestart = await restarted.GetAccessTokenAsync(character, EveScopes.RequiredForSync, default);

        whileLocked.AccessToken.Should().BeNull();
        whileLocked.IsDead.Should().BeFalse();
        whileLocked.Error.Should().Contain("database cannot store a new token");
        afterRestart.AccessToken.Should().NotBeNull(afterRestart.Error);
    }
}
