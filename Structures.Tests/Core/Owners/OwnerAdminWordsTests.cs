using Structures.Core.Access;
using Structures.Core.Owners;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Owners;

// Owner answers and the missing-main warning in the viewer's page language.
public sealed class OwnerAdminWordsTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task SaveAsync_OwnerThatIsGoneInGerman_IsRefusedInGerman()
    {
        var admin = await SignedInViewerAsync(90000001);
        using var german = UiCulture.Use("de");

        var result = await Factory.Get<OwnerAdministration>().SaveAsync(admin, 98000001, new OwnerForm { IsActive = true }, default);

        result.Should().Be(new ChangeResult(false, "Diesen Eigentümer gibt es nicht mehr. Nichts wurde geändert."));
    }

    [Fact]
    public async Task SaveAsync_BadRoleIdsInSpanish_AreRefusedInSpanish()
    {
        var admin = await SignedInViewerAsync(90000001);
        await AddOwnerAsync(90000001);
        using var spanish = UiCulture.Use("es");

        var result = await Factory.Get<OwnerAdministration>().SaveAsync(admin, 98000001, new OwnerForm { IsActive = true, PingRoleIds = "12" }, default);

        result.Message.Should().Be("Los ID de rol de Discord son números de 17 a 20 dígitos, separados por comas.");
    }

    [Fact]
    public void Warning_InGerman_SaysWhatIsWithheldInGerman()
    {
        using var german = UiCulture.Use("de");

        var warning = new AllianceWithoutMain(99000001, "Wayne Alliance", ["Wayne Enterprises", "Wayne Foundation"]).Warning;

        warning.Should().Be("Wayne Alliance hat Eigentümer (Wayne Enterprises, Wayne Foundation), aber keinen Haupteigentümer: Ihre Benachrichtigungen "
            + "auf Allianzebene (Souveränität, Rechnungen, Kriege) werden nicht gesendet. Mach einen ihrer Eigentümer zum Haupteigentümer der Allianz.");
    }
}
