using Microsoft.EntityFrameworkCore;
using Structures.Core.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures;

// Structures:FeatureStarbases, FeatureCustomsOffices and FeatureSkyhooks switch whole kinds off, as in aa-structures.
public sealed class SyncFeatureTests() : AppTest(new Dictionary<string, string?>
{
    ["Structures:FeatureStarbases"] = "false",
    ["Structures:FeatureCustomsOffices"] = "false",
    ["Structures:FeatureSkyhooks"] = "false",
})
{
    [Fact]
    public async Task KindsSwitchedOff_AreNeitherAskedFor_NorShown()
    {
        await AddOwnerAsync(90000001);

        var result = await SyncAsync(98000001);

        result.Complete.Should().BeTrue();
        await using var db = await DbAsync();
        var kinds = await db.Structures.Select(s => s.Kind).Distinct().ToListAsync();
        kinds.Should().Contain(StructureKind.Upwell).And.NotContain([StructureKind.Starbase, StructureKind.CustomsOffice, StructureKind.Skyhook]);
    }
}
