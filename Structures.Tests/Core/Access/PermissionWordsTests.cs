using Structures.Core.Access;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Access;

// Access answers in the viewer's page language: refusals, grants with the permission's name, lookup problems.
public sealed class PermissionWordsTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    private const long Admin = 90000001, Member = 90000003;

    [Fact]
    public async Task GrantAsync_ByAMemberInGerman_IsRefusedInGerman()
    {
        var member = await SignedInViewerAsync(Member);
        using var german = UiCulture.Use("de");

        var result = await Factory.Get<GrantAdministration>().GrantAsync(member, Permission.ViewStructureFit, GranteeKind.Character, Member, default);

        result.Should().Be(new ChangeResult(false, "Du hast keine Berechtigung, Einstellungen zu ändern. Nichts wurde geändert."));
    }

    [Fact]
    public async Task GrantAsync_ByAnAdminInGerman_NamesThePermissionInGerman()
    {
        var admin = await SignedInViewerAsync(Admin);
        await SignedInViewerAsync(Member);
        using var german = UiCulture.Use("de");

        var result = await Factory.Get<GrantAdministration>().GrantAsync(admin, Permission.ViewStructureFit, GranteeKind.Character, Member, default);
        var again = await Factory.Get<GrantAdministration>().GrantAsync(admin, Permission.ViewStructureFit, GranteeKind.Character, Member, default);

        result.Succeeded.Should().BeTrue();
        result.Message.Should().EndWith(" hat jetzt „Fittings sehen“.");
        again.Message.Should().EndWith(" hat „Fittings sehen“ bereits.");
    }

    [Fact]
    public async Task FindAsync_NameNobodyBearsInFrench_SaysSoInFrench()
    {
        var admin = await SignedInViewerAsync(Admin);
        using var french = UiCulture.Use("fr");

        var search = await Factory.Get<GranteeLookup>().FindAsync(admin, "Joker", default);

        search.Problem.Should().Be("Aucun personnage, aucune corporation ni alliance ne s’appelle « Joker ». EVE ne trouve que les noms complets : vérifiez l’orthographe.");
    }

    [Fact]
    public async Task GrantAsync_ToOwnerMembersInKorean_NamesThemAndThePermissionInKorean()
    {
        var admin = await SignedInViewerAsync(Admin);
        using var korean = UiCulture.Use("ko");

        var result = await Factory.Get<GrantAdministration>().GrantAsync(admin, Permission.AddManualTimers, GranteeKind.OwnerMembers, 0, default);

        result.Should().Be(new ChangeResult(true, "소유 코퍼레이션 멤버에게 이제 \"수동 타이머 추가\" 권한이 있습니다."));
        Permission.AddManualTimers.Label().Should().Be("수동 타이머 추가");
    }
}
