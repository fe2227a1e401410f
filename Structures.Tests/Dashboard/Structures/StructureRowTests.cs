using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Eve;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;
using Structures.Dashboard.Structures;
using Structures.Tests.Core.Structures.Board;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Structures;

public sealed class StructureRowTests : ComponentTest
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    public StructureRowTests()
    {
        Services.AddSingleton(new EveImages(Microsoft.Extensions.Options.Options.Create(new global::Structures.Core.Sso.EveOptions())));
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(Now)));
    }

    [Fact]
    public void Table_RowsReadAgain_RedrawsOnlyTheChangedRow()
    {
        var cut = Render<StructureTable>(p => p.Add(c => c.Rows, Rows("Alpha", "Bravo")).Add(c => c.Kind, StructureKind.Upwell).Add(c => c.Now, Now));
        var kept = Drawn(cut)[1].Instance;
        var before = Counts(cut);

        cut.Render(p => p.Add(c => c.Rows, Rows("Alpha", "Bravo renamed")));

        Drawn(cut)[1].Instance.Should().BeSameAs(kept);
        Counts(cut)[1].Should().Be(before[1]);
        cut.Find("[data-testid=name-2]").TextContent.Should().Contain("Bravo renamed");
        cut.Find("[data-testid=name-1]").TextContent.Should().Contain("Alpha");
    }

    [Fact]
    public void Table_MinuteTick_RedrawsOnlyRowsWhoseTimerEnded()
    {
        var ending = Row(1, "Alpha") with { State = StructureState.ArmorReinforce, StateTimerEnd = Now.AddSeconds(30) };
        var cut = Render<StructureTable>(p => p.Add(c => c.Rows, [ending, Row(2, "Bravo")]).Add(c => c.Kind, StructureKind.Upwell).Add(c => c.Now, Now));
        cut.FindAll("[data-testid=state-timer-1]").Should().HaveCount(1);
        var before = Counts(cut);

        cut.Render(p => p.Add(c => c.Now, Now.AddMinutes(1)));

        Counts(cut)[2].Should().Be(before[2]);
        Counts(cut)[1].Should().BeGreaterThan(before[1]);
        cut.FindAll("[data-testid=state-timer-1]").Should().BeEmpty();
    }

    [Fact]
    public void Table_ColumnsChange_RedrawsEveryRow()
    {
        var cut = Render<StructureTable>(p => p.Add(c => c.Rows, Rows("Alpha", "Bravo")).Add(c => c.Kind, StructureKind.Upwell).Add(c => c.Now, Now));
        var before = Counts(cut);

        cut.Render(p => p.Add(c => c.CanViewFit, true));

        Counts(cut).Should().Equal(new Dictionary<long, int> { [1] = before[1] + 1, [2] = before[2] + 1 });
        cut.FindAll("[data-testid=fitting-1]").Should().HaveCount(1);
    }

    private static StructureBoardRow[] Rows(string first, string second) => [Row(1, first), Row(2, second)];

    private static StructureBoardRow Row(long id, string name) =>
        BoardFilterTests.Row(id, name, 1, "Wayne", "Catch", "1-PGSG", StructureState.ShieldVulnerable, Now.AddDays(3), ["sov"]);

    private static Dictionary<long, IRenderedComponent<StructureRow>> Drawn(IRenderedComponent<StructureTable> cut) =>
        cut.FindComponents<StructureRow>().ToDictionary(r => r.Instance.Row.Id);

    private static Dictionary<long, int> Counts(IRenderedComponent<StructureTable> cut) => Drawn(cut).ToDictionary(r => r.Key, r => r.Value.RenderCount);
}
