using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Structures.Core.Timers;
using Structures.Dashboard.Timers;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Timers;

public sealed class TimerTableTests : ComponentTest
{
    private static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    public TimerTableTests() => Services.AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));

    private static readonly TimerBoardRow[] Rows =
    [
        new(1, 98000001, "Wayne Technologies", TimerKind.Armor, TimerCategory.Upwell, Now.AddHours(5), "Applied Sciences", "1-PGSG", false,
            StructureType: "Raitaru", Region: "Detorid"),
        new(2, 98000001, "Wayne Technologies", TimerKind.Final, TimerCategory.CustomsOffice, Now.AddHours(30), "Customs Office (Amamake V)", "Amamake", true,
            StructureType: "Customs Office", PlanetOrMoon: "Amamake V", Region: "Heimatar"),
        new(3, null, "Manual", TimerKind.Hull, TimerCategory.Upwell, Now.AddDays(2), "Hostile Fortizar", "Amamake", false,
            StructureType: "Fortizar", Region: "Heimatar", Source: TimerSource.Manual, Notes: "Form up early", CreatedBy: "Alfred Pennyworth", MayEdit: true),
    ];

    [Fact]
    public void Table_ShowsType_PlanetOrMoon_AndRegion_OfEachTimer()
    {
        var cut = Render<TimerTable>(p => p.Add(c => c.Rows, Rows).Add(c => c.Now, Now));

        cut.Find("[data-testid=timer-type-1]").TextContent.Trim().Should().Be("Raitaru");
        cut.Find("[data-testid=timer-location-2]").TextContent.Trim().Should().Be("Amamake V");
        cut.Find("[data-testid=timer-location-1]").TextContent.Trim().Should().BeEmpty();
        cut.Find("[data-testid=timer-region-2]").TextContent.Trim().Should().Be("Heimatar");
        cut.Find("[data-testid=timer-structure-3]").TextContent.Should().Contain("Hostile Fortizar").And.Contain("Form up early");
        cut.Find("[data-testid=timer-left-1]").TextContent.Should().Be("in 5h 0m");
        cut.Find("[data-testid=timer-left-1]").GetAttribute("data-urgency").Should().Be("warning");
        cut.Find("[data-testid=timer-ends-2]").TextContent.Should().Be("2026.12.01 18:00 EVE");
        cut.Find("[data-testid=timer-ends-2]").GetAttribute("data-urgency").Should().Be("calm");
        cut.Markup.Should().Contain("entered by Alfred Pennyworth").And.Contain("corporation only");
    }

    [Fact]
    public void Copy_PutsTheFleetCommsLineOnTheClipboard_AndSaysCopied()
    {
        var cut = Render<TimerTable>(p => p.Add(c => c.Rows, Rows).Add(c => c.Now, Now));

        cut.Find("[data-testid=timer-copy-1]").Click();

        JSInterop.VerifyInvoke("navigator.clipboard.writeText").Arguments.Should().Equal("[Armor] 1-PGSG – Applied Sciences (Raitaru) – 2026.11.30 17:00 EVE");
        cut.Find("[data-testid=timer-copy-1]").TextContent.Should().Contain("Copied");
        cut.Find("[data-testid=timer-copy-3]").TextContent.Should().Contain("Copy").And.NotContain("Copied");
    }

    [Fact]
    public void Copy_RefusedByTheBrowser_DoesNotThrow_AndDoesNotSayCopied()
    {
        JSInterop.SetupVoid("navigator.clipboard.writeText", _ => true).SetException(new Microsoft.JSInterop.JSException("Clipboard access denied"));
        var cut = Render<TimerTable>(p => p.Add(c => c.Rows, Rows).Add(c => c.Now, Now));

        cut.Find("[data-testid=timer-copy-3]").Click();

        cut.Find("[data-testid=timer-copy-3]").TextContent.Should().Contain("Copy").And.NotContain("Copied");
        cut.Find("[data-testid=timer-copy-3]").GetAttribute("title").Should().Be("[Hull] Amamake – Hostile Fortizar (Fortizar) – 2026.12.02 12:00 EVE");
    }

    [Fact]
    public void EditAndDelete_AreOffered_OnlyOnTimersTheViewerMayChange()
    {
        int? deleted = null;
        var cut = Render<TimerTable>(p => p.Add(c => c.Rows, Rows).Add(c => c.Now, Now).Add(c => c.OnDelete, (int id) => deleted = id));

        cut.FindAll("[data-testid^=timer-edit-]").Select(e => e.GetAttribute("data-testid")).Should().Equal("timer-edit-3");
        cut.Find("[data-testid=timer-delete-3]").Click();

        deleted.Should().Be(3);
    }

    [Fact]
    public async Task KindFilter_ShowsOnlyTimersOfThatKind()
    {
        var cut = Render<TimerTable>(p => p.Add(c => c.Rows, Rows).Add(c => c.Now, Now));
        var kind = cut.FindComponent<MudSelect<TimerKind?>>();

        await cut.InvokeAsync(() => kind.Instance.ValueChanged.InvokeAsync(TimerKind.Final));

        cut.FindAll("[data-testid^=timer-kind-]").Select(e => e.TextContent.Trim()).Should().Equal("Final (Customs office)");
    }

    [Fact]
    public void TimersThatEnded_DropOff()
    {
        var cut = Render<TimerTable>(p => p.Add(c => c.Rows, Rows).Add(c => c.Now, Now.AddHours(6)));

        cut.FindAll("[data-testid^=timer-kind-]").Select(e => e.TextContent.Trim()).Should().Equal("Final (Customs office)", "Hull (Upwell)");
    }
}
