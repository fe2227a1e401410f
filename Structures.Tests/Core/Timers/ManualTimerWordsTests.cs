using Structures.Core.Access;
using Structures.Core.Timers;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Timers;

// Entering a timer by hand answers in the viewer's page language: the refusal, the form's checks, the rules.
public sealed class ManualTimerWordsTests : AppTest
{
    private static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task AddAsync_WithoutThePermissionInGerman_IsRefusedInGerman()
    {
        var member = await SignedInViewerAsync(90000003);
        using var german = UiCulture.Use("de");

        var result = await Factory.Get<ManualTimers>().AddAsync(member, new ManualTimerForm { Kind = TimerKind.Hull, System = "1-PGSG", EndsAt = "in 1h" }, default);

        result.Should().Be(new ChangeResult(false, "Du hast keine Berechtigung, Timer einzutragen. Nichts wurde geändert."));
    }

    [Fact]
    public void Check_InGerman_WritesTheFormsAndTheRulesProblemsInGerman()
    {
        using var german = UiCulture.Use("de");

        var (_, noSystem) = ManualTimerRules.Check(new ManualTimerForm { Kind = TimerKind.Hull, EndsAt = "in 1h" }, Now);
        var (_, passed) = ManualTimerRules.Check(new ManualTimerForm { Kind = TimerKind.Hull, System = "1-PGSG", EndsAt = "2026-11-29 12:00" }, Now);
        var (_, notATime) = ManualTimerRules.Check(new ManualTimerForm { Kind = TimerKind.Hull, System = "1-PGSG", EndsAt = "soon" }, Now);

        noSystem.Should().Be("Nenne das Sonnensystem.");
        passed.Should().Be("Diese Zeit ist vorbei: Ein Timer muss in der Zukunft enden (EVE-Zeit ist UTC).");
        notATime.Should().Be("„soon“ ist keine Zeit: Schreib die EVE-Zeit (2026-12-01 05:01) oder die verbleibende Zeit (in 1d 2h 3m).");
    }
}
