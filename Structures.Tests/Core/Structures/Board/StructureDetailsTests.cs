using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Structures.Board;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures.Board;

// A structure's fitting as its page shows it: slot names as EVE's fitting window writes them, in its order, and type
// names the sync resolved through ESI, never a bare type ID when ESI knows the type.
public sealed class StructureDetailsTests() : AppTest(new Dictionary<string, string?> { ["Structures:Scheduling:Enabled"] = "false" }, fakeClock: true)
{
    private const long Wayne = 98000001;

    [Fact]
    public async Task ForAsync_Fitting_HasSlotAndTypeNames_InTheFittingWindowsOrder()
    {
        await AddOwnerAsync(90000001);
        await GrantAsync(Permission.ViewStructureFit, GranteeKind.Character, 90000003);
        await SyncAsync(Wayne);
        long keepstar;
        await using (var db = await DbAsync())
        {
            keepstar = await db.Structures.Where(s => s.Name == "Wayne Tower").Select(s => s.Id).SingleAsync();
        }

        var detail = await Factory.Get<StructureDetails>().ForAsync(await SignedInViewerAsync(90000003), keepstar, default);

        var fitting = detail!.Fitting!;
        fitting.Should().NotBeEmpty();
        fitting.Should().NotContain(f => f.TypeName.StartsWith("Type ", StringComparison.Ordinal));
        fitting.Select(f => f.Slot).Should().NotContain(s => s.Contains("Slot", StringComparison.Ordinal) || s == "QuantumCoreRoom" || s == "StructureFuel");
        fitting.Should().Contain(f => f.Slot == "High slot 1" && f.TypeName == "Standup Guided Bomb Launcher I");
        fitting.Should().Contain(f => f.Slot == "Fuel bay" && f.TypeName.Contains("Fuel Block", StringComparison.Ordinal));
        var slots = fitting.Select(f => f.Slot).ToList();
        slots.FindIndex(s => s.StartsWith("High slot", StringComparison.Ordinal)).Should().BeLessThan(slots.FindIndex(s => s.StartsWith("Service slot", StringComparison.Ordinal)));
        slots.FindIndex(s => s.StartsWith("Service slot", StringComparison.Ordinal)).Should().BeLessThan(slots.IndexOf("Fuel bay"));
    }
}
