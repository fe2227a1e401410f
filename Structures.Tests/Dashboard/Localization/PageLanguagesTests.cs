using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Eve;
using Structures.Core.Localization;
using Structures.Core.Overview;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;
using Structures.Core.Timers;
using Structures.Dashboard.Overview;
using Structures.Dashboard.Structures;
using Structures.Tests.Infrastructure;
using static Structures.Tests.Core.Overview.OverviewRows;

namespace Structures.Tests.Dashboard.Localization;

// The overview's sections and the board rendered in every language the app offers: each word they ask for is in
// that language's resources (a missing one would show its key), and the words are that language's, not English.
public sealed class PageLanguagesTests : ComponentTest
{
    private readonly MissingWords _missing = new();

    public PageLanguagesTests()
    {
        Services.AddSingleton<IStringLocalizerFactory>(_missing);
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(Now)));
        Services.AddSingleton(new EveImages(Microsoft.Extensions.Options.Options.Create(new global::Structures.Core.Sso.EveOptions())));
        Services.GetRequiredService<NavigationManager>().NavigateTo("/structures");
    }

    public static TheoryData<string> Languages() => [.. SupportedLanguages.Codes];

    [Theory]
    [MemberData(nameof(Languages))]
    public void OverviewAndBoard_InEveryLanguage_ShowNoKeyInsteadOfAWord(string language)
    {
        var text = InLanguage(language, RenderAll);

        _missing.Keys.Should().BeEmpty("every word the pages ask for exists in {0}", language);
        text.Should().Contain("Bad Dude").And.Contain("Arkham Outpost", "the data itself stays as it is");
        if (language != SupportedLanguages.English)
        {
            text.Should().NotContain("Under attack now").And.NotContain("Latest notifications").And.NotContain("No structures match")
                .And.NotContain("s ago").And.NotContain("Runs out first");
        }
    }

    [Fact]
    public void OverviewSections_InGermanAndKorean_ReadTheirLanguage()
    {
        var german = InLanguage("de", RenderAll);
        var korean = InLanguage("ko", RenderAll);

        german.Should().Contain("Gerade unter Beschuss").And.Contain("Schild 0% · Panzerung 40% · Hülle 100%").And.Contain("vor 4 Min. 00 s");
        korean.Should().Contain("현재 공격받는 중").And.Contain("4분 00초 전");
    }

    private string RenderAll()
    {
        var attacked = UnderAttack(3, "Charlie", Now.AddMinutes(-4), 0, 40.4, 100);
        var runway = FuelRunway.Of([Row(1, "Hours", fuel: Now.AddHours(12)), Row(4, "Weeks", fuel: Now.AddDays(20))], Now);
        var timers = new[] { new UpcomingTimer(new TimerBoardRow(7, 98000001, "Wayne Technologies", TimerKind.Armor, TimerCategory.Upwell, Now.AddHours(3), "Arkham Outpost", "1-PGSG", false), 1) };
        var notifications = new[] { new RecentNotification(11, 98000001, "Wayne Technologies", "StructureUnderAttack", Now.AddMinutes(-2), null, null) };
        var failing = OverviewSections.FailingOwners([Owner(2, "Broken", structuresError: "ESI answered 502")]);
        var rows = new[] { attacked, ReinforcedByNotification(5, "Echo", Now.AddHours(5)), Row(6, "Foxtrot", StructureState.ArmorReinforce, Now.AddDays(3)) };

        return string.Join("\n",
            Render<UnderAttackSection>(p => p.Add(c => c.Items, [attacked]).Add(c => c.Now, Now)).Markup,
            Render<ReinforcedSection>(p => p.Add(c => c.Items, OverviewSections.Reinforced(rows)).Add(c => c.Now, Now)).Markup,
            Render<FuelRunwaySection>(p => p.Add(c => c.Runway, runway).Add(c => c.Now, Now)).Markup,
            Render<UpcomingTimersSection>(p => p.Add(c => c.Items, timers).Add(c => c.Now, Now)).Markup,
            Render<FailingOwnersSection>(p => p.Add(c => c.Items, failing).Add(c => c.Now, Now)).Markup,
            Render<LatestNotificationsSection>(p => p.Add(c => c.Items, notifications).Add(c => c.Now, Now)).Markup,
            Render<LatestNotificationsSection>(p => p.Add(c => c.Items, []).Add(c => c.Now, Now)).Markup,
            Render<BoardView>(p => p.Add(c => c.Rows, rows).Add(c => c.Now, Now)).Markup,
            Render<BoardView>(p => p.Add(c => c.Rows, rows).Add(c => c.Now, Now).Add(c => c.Default, new BoardFilter { Search = "nothing like it" })).Markup);
    }

    private static string InLanguage(string language, Func<string> render)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = SupportedLanguages.Culture(language);
        try
        {
            return render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
