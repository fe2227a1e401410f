using Microsoft.EntityFrameworkCore;
using Structures.Core.Owners;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Owners;

public sealed class AllianceMainTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task TheDatabase_RefusesTwoMainsInOneAlliance()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000004);
        await using var db = await DbAsync();
        foreach (var owner in await db.Owners.ToListAsync())
        {
            owner.IsAllianceMain = true;
        }

        ExpectLog("Microsoft.EntityFrameworkCore.Database.Command", Microsoft.Extensions.Logging.LogLevel.Error);
        ExpectLog("Microsoft.EntityFrameworkCore.Update", Microsoft.Extensions.Logging.LogLevel.Error);
        var save = () => db.SaveChangesAsync();

        await save.Should().ThrowAsync<DbUpdateException>();
    }

    [Fact]
    public async Task SaveAsync_AnOwnerInNoAlliance_CannotBeAMain_AndIsToldWhy()
    {
        await AddOwnerAsync(90000011);
        var admin = await SignedInViewerAsync(90000001);

        var result = await Factory.Get<OwnerAdministration>().SaveAsync(admin, 98000005, new OwnerForm { IsActive = true, IsAllianceMain = true }, default);

        result.Message.Should().Be("Lonely Miners: saved. It is in no alliance, so it cannot be an alliance's main owner.");
        await using var db = await DbAsync();
        (await db.Owners.SingleAsync()).IsAllianceMain.Should().BeFalse();
    }
}
