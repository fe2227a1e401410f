using System.Globalization;
using Structures.Core.Esi;
using Structures.Core.Notices;
using Structures.Core.Notifications.Rendering;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notices;

// A notice is stored as what it is plus its English text, and read in each reader's language.
public sealed class AdminNoticeTextTests
{
    private static readonly DateTime At = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    private static readonly string Revoked = "EVE SSO refused the character's token (it was revoked or expired): add the character again.";

    public static TheoryData<string> Languages() => [.. NotificationLanguage.Choices];

    private static (string Title, string Message) In(string language, AdminNotice notice) =>
        NotificationLanguage.Render(CultureInfo.GetCultureInfo(language), () =>
            AdminNoticeText.Of(notice, NoticeLanguage.Of(ResourceWords.For<NoticeWords>(), ResourceWords.For<ErrorWords>())));

    [Fact]
    public void NewNotice_StoresItsKindAndArguments_BesideTheEnglishText()
    {
        var notice = NewNotice.CharacterDisabled(At, 98000001, "Wayne Technologies", "Bruce Wayne", Revoked, lastGone: true);

        notice.Kind.Should().Be(NoticeKind.CharacterDisabled);
        notice.Level.Should().Be(NoticeLevel.Danger);
        AdminNoticeText.Read(notice.Arguments).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["owner"] = "Wayne Technologies", ["character"] = "Bruce Wayne", ["reason"] = Revoked, ["lastGone"] = "true",
        });
        notice.Title.Should().Be("Bruce Wayne no longer syncs Wayne Technologies");
        notice.Message.Should().Be($"{Revoked} Wayne Technologies has no sync character left: its structures are not updated until a director adds one.");
    }

    [Fact]
    public void Of_InGerman_WritesTitleAndMessage_AndTheErrorItQuotes()
    {
        var notice = NewNotice.CharacterDisabled(At, 98000001, "Wayne Technologies", "Bruce Wayne", Revoked, lastGone: true);

        var (title, message) = In("de", notice);

        title.Should().Be("Bruce Wayne synchronisiert Wayne Technologies nicht mehr");
        message.Should().Be("EVE SSO hat das Token des Charakters abgelehnt (widerrufen oder abgelaufen): füge den Charakter erneut hinzu. "
            + "Wayne Technologies hat keinen Sync-Charakter mehr: seine Strukturen werden nicht aktualisiert, bis ein Director einen hinzufügt.");
    }

    [Fact]
    public void Of_ANoticeWithoutKind_ShowsItsStoredText()
    {
        var old = new AdminNotice { CreatedAt = At, Level = NoticeLevel.Warning, Title = "Services down", Message = "ESI answers 503." };

        In("ko", old).Should().Be(("Services down", "ESI answers 503."));
    }

    [Fact]
    public void ServicesDown_NamesEachStaleStage_WithItsErrorOrNoSuccess()
    {
        var notice = NewNotice.ServicesDown(At, 98000001, "Wayne Technologies", [("structures", "ESI sent an empty answer."), ("forwarding", null)]);

        (notice.Title, notice.Message).Should().Be(("Services down for Wayne Technologies", "structures: ESI sent an empty answer. forwarding: no success recently"));
        In("ru", notice).Should().Be(("Сервисы для Wayne Technologies не работают", "структуры: ESI прислал пустой ответ. пересылка: давно без успеха"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryKind_InEachLanguage_IsWrittenWithItsArguments(string language)
    {
        AdminNotice[] notices =
        [
            NewNotice.ServicesRestored(At, 1, "Wayne Technologies"),
            NewNotice.ServicesDown(At, 1, "Wayne Technologies", [("assets", null)]),
            NewNotice.AllianceNewsWithheld(At, 1, "Wayne Technologies", 99000001, null, "SovStructureDestroyed"),
            NewNotice.WrongClient(At),
            NewNotice.OwnerAdded(At, 1, "Wayne Technologies", "Bruce Wayne"),
            NewNotice.CharacterAdded(At, 1, "Wayne Technologies", "Bruce Wayne"),
            NewNotice.AllianceChanged(At, 1, "Wayne Technologies", (99000001, "Justice League"), (null, null), wasMain: true),
            NewNotice.CharacterDisabled(At, 1, "Wayne Technologies", "Bruce Wayne", Revoked, lastGone: false),
            NewNotice.WebhookDisabled(At, "ops", "Discord says the webhook is gone (HTTP 404)."),
        ];
        var failed = NewNotice.NotificationsFailed(At, 1, "Wayne Technologies");
        NewNotice.CountFailures(failed, 3, "StructureUnderAttack", 42, "boom");

        foreach (var notice in notices.Append(failed))
        {
            var (title, message) = In(language, notice);
            title.Should().NotBeNullOrWhiteSpace().And.NotContainAny("{", "Title", notice.Kind!);
            message.Should().NotContainAny("{", ".Message", notice.Kind!);
            if (language != "en")
            {
                (title, message).Should().NotBe((notice.Title, notice.Message), "{0} reads {1} in its own words", language, notice.Kind);
            }
        }

        In(language, failed).Message.Should().Contain("3").And.Contain("2026.11.30 12:00").And.Contain("StructureUnderAttack 42").And.Contain("boom");
        In(language, notices[2]).Title.Should().Contain("99000001").And.Contain("SovStructureDestroyed");
        In(language, notices[6]).Message.Should().Contain("Justice League");
    }

    [Fact]
    public void AllianceChanged_InEnglish_KeepsItsWording()
    {
        var notice = NewNotice.AllianceChanged(At, 1, "Wayne Technologies", (99000001, null), (null, "Justice League"), wasMain: true);

        notice.Message.Should().Be("Wayne Technologies moved from alliance 99000001 to Justice League. Who sees its structures, its sovereignty tag and "
            + "alliance-level notifications follow the new alliance. It was the main owner of alliance 99000001 and is not any more: choose another main owner there.");
    }
}
