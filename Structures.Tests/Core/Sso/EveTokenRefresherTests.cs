using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Owners;
using Structures.Core.Sso;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Sso;

public sealed class EveTokenRefresherTests() : AppTest(fakeClock: true, services: s => s.PostConfigure<EveOptions>(o => o.ClientSecret = "not-the-secret"))
{
    [Fact]
    public async Task WrongClientSecret_LeavesEveryCharacterEnabled_AndRaisesOneAdminNotice()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000002);

        var errors = new List<string?>();
        for (var minute = 0; minute < 5; minute++)
        {
            await using var db = await DbAsync();
            var owner = await db.Owners.Include(o => o.Characters).SingleAsync();
            errors.Add((await Factory.Get<SyncCharacterPicker>().PickAsync(owner, SyncKind.Structures, default)).Error);
            await db.SaveChangesAsync();
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        errors.Should().OnlyContain(e => e != null && e.Contains("invalid_client", StringComparison.Ordinal));
        await using var check = await DbAsync();
        (await check.OwnerCharacters.Select(c => c.IsEnabled).ToListAsync()).Should().Equal(true, true);
        (await check.AdminNotices.CountAsync(n => n.Title == WrongClientNotice.Title)).Should().Be(1);
    }

    [Theory]
    [InlineData("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token. Token missing/expired.\"}", SsoRefusal.DeadToken)]
    [InlineData("{\"error\":\"invalid_client\",\"error_description\":\"Client could not be authenticated.\"}", SsoRefusal.WrongClient)]
    [InlineData("{\"error\":\"unauthorized_client\"}", SsoRefusal.WrongClient)]
    [InlineData("{\"error\":\"invalid_request\"}", SsoRefusal.Transient)]
    [InlineData("{\"error\":42}", SsoRefusal.Transient)]
    [InlineData("[\"invalid_grant\"]", SsoRefusal.Transient)]
    [InlineData("<html>Bad Gateway</html>", SsoRefusal.Transient)]
    [InlineData("", SsoRefusal.Transient)]
    public void Classify_OnlyInvalidGrantKillsAToken(string body, SsoRefusal expected)
    {
        SsoRefusals.Classify(body).Should().Be(expected);
    }
}
