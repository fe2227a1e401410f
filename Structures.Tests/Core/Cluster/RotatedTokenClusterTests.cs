using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Sso;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Cluster;

// A sync on one instance holds its owner's characters while it runs; a refresh token another instance rotates in the
// meantime must outlive that sync's save, or the character dies on its next refresh.
public sealed class RotatedTokenClusterTests
{
    [Fact]
    public async Task SyncSave_AfterBRotatedTheTokenAgain_LeavesBsRefreshTokenWorking()
    {
        var keys = Directory.CreateTempSubdirectory("structures-keys-").FullName;
        await using var hosts = new TwoHosts(new Dictionary<string, string?> { ["Structures:Scheduling:Enabled"] = "false", ["DataProtection:KeysPath"] = keys });
        (await hosts.AddOwnerAsync(90000001)).Succeeded.Should().BeTrue();
        await using var syncOnA = await hosts.A.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        var held = await syncOnA.OwnerCharacters.SingleAsync();
        await using var db = await hosts.DbAsync();
        var character = await db.OwnerCharacters.AsNoTracking().SingleAsync();
        var onB = hosts.B.Get<EveTokenRefresher>();

        var refreshOnA = await hosts.A.Get<EveTokenRefresher>().GetAccessTokenAsync(held, EveScopes.RequiredForSync, default);
        onB.Forget(character.Id);
        var refreshOnB = await onB.GetAccessTokenAsync(character, EveScopes.RequiredForSync, default);
        await syncOnA.SaveChangesAsync();
        onB.Forget(character.Id);
        var next = await onB.GetAccessTokenAsync(character, EveScopes.RequiredForSync, default);

        refreshOnA.AccessToken.Should().NotBeNull(refreshOnA.Error);
        refreshOnB.AccessToken.Should().NotBeNull(refreshOnB.Error);
        next.IsDead.Should().BeFalse($"the refresh token B stored last is still the one kept: {next.Error}");
        next.AccessToken.Should().NotBeNull("B refreshed with the token it stored");
        Directory.Delete(keys, recursive: true);
    }
}
