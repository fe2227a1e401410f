using Structures.Core.Timers;

namespace Structures.Tests.Core.Timers;

public sealed class ManualTimerRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Check_AValidForm_GivesItsCleanedValues()
    {
        var form = Form(endsAt: "2026-12-01 05:01", notes: "  Hostile Astrahus,\nform up at 04:30  ");
        form.StructureName = " Enemy\u0007 Keepstar ";

        var (entry, error) = ManualTimerRules.Check(form, Now);

        error.Should().BeNull();
        entry.Should().Be(new ManualTimerEntry(TimerKind.Armor, TimerCategory.Upwell, "1-PGSG", new DateTime(2026, 12, 1, 5, 1, 0, DateTimeKind.Utc),
            "Enemy Keepstar", "Astrahus", "Hostile Astrahus,\nform up at 04:30", false));
        entry!.EndsAt.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Theory]
    [InlineData("in 1d 2h 3m", "2026-12-01T14:03:00")]
    [InlineData("1d 2h 3m 4s", "2026-12-01T14:03:04")]
    [InlineData("2h", "2026-11-30T14:00:00")]
    [InlineData("2026.12.01 05:01:30", "2026-12-01T05:01:30")]
    [InlineData("2026-Dec-01 05:01", "2026-12-01T05:01:00")]
    public void Check_ReadsEndTimes_AsEveShowsThem(string text, string expected)
    {
        var (entry, _) = ManualTimerRules.Check(Form(endsAt: text), Now);

        entry!.EndsAt.Should().Be(DateTime.SpecifyKind(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("2026-11-30 11:59", "has passed")]
    [InlineData("2026-11-30 12:00", "has passed")]
    [InlineData("2027-03-01 12:00", "No EVE timer runs that long")]
    [InlineData("in 400d", "No EVE timer runs that long")]
    [InlineData("in 9999999999d", "is not a time")]
    [InlineData("tomorrow", "is not a time")]
    [InlineData("in", "is not a time")]
    [InlineData("2026-13-45 99:99", "is not a time")]
    public void Check_RefusesEndTimes_ThatMakeNoTimer(string text, string reason)
    {
        var (entry, error) = ManualTimerRules.Check(Form(endsAt: text), Now);

        entry.Should().BeNull();
        error.Should().Contain(reason);
    }

    [Fact]
    public void Check_RefusesText_BeyondItsLimits()
    {
        var longName = Form();
        longName.StructureName = new string('x', 101);
        var longNotes = Form(notes: new string('n', 501));

        ManualTimerRules.Check(longName, Now).Error.Should().Contain("under 100 characters");
        ManualTimerRules.Check(longNotes, Now).Error.Should().Contain("under 500 characters");
    }

    [Fact]
    public void Check_RefusesAForgedKind_AndAMissingSystem()
    {
        var forged = Form();
        forged.Kind = (TimerKind)99;
        var forgedCategory = Form();
        forgedCategory.Category = (TimerCategory)42;
        var noSystem = Form();
        noSystem.System = " ";

        ManualTimerRules.Check(forged, Now).Error.Should().Be("Choose the kind of timer.");
        ManualTimerRules.Check(forgedCategory, Now).Error.Should().Be("Choose the kind of timer.");
        ManualTimerRules.Check(noSystem, Now).Error.Should().Be("Name the solar system.");
    }

    private static ManualTimerForm Form(string endsAt = "in 1d", string? notes = null) => new()
    {
        Kind = TimerKind.Armor, Category = TimerCategory.Upwell, System = "1-PGSG", StructureType = "Astrahus", EndsAt = endsAt, Notes = notes,
    };
}
