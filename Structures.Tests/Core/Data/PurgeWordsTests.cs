using Structures.Core.Data;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Data;

// "Purge all data" lists and answers in the viewer's page language.
public sealed class PurgeWordsTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task PurgeAsync_InGerman_ListsAndRefusesInGerman()
    {
        var admin = await SignedInViewerAsync(90000001);
        var purge = Factory.Get<DataPurge>();
        using var german = UiCulture.Use("de");

        var summary = await purge.SummaryAsync(admin, default);
        var refused = await purge.PurgeAsync(admin, "purge", default);

        summary.Select(s => s.What).Should().StartWith(["Eigentümer", "Sync-Charaktere und ihre EVE-Tokens", "Strukturen"]);
        refused.Message.Should().Be("Gib zur Bestätigung PURGE ein. Nichts wurde gelöscht.");
    }
}
