using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Structures.Dashboard.Simulation;

namespace Structures.Tests.Dashboard.Simulation;

public sealed class SimWorldTests
{
    private const long Wayne = 98000001;

    [Fact]
    public void ReadCorporation_AfterAChange_SeesTheStructuresAsChanged()
    {
        var world = new SimWorld(SimUniverse.Load(), new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)), Options.Create(new SimulationOptions()));
        var before = world.ReadCorporation(Wayne, all => all.Select(s => s.Id).ToList());
        var moved = before[0];

        world.Change(all => all.Single(s => s.Id == moved).CorporationId = 98000099);

        var wayne = world.ReadCorporation(Wayne, all => all.Select(s => s.Id).ToList());
        wayne.Should().BeEquivalentTo(before.Skip(1));
        world.ReadCorporation(98000099, all => all.Select(s => s.Id).ToList()).Should().Contain(moved);
        world.Read(all => all.Where(s => s.CorporationId == Wayne).Select(s => s.Id).ToList()).Should().BeEquivalentTo(wayne);
    }
}
