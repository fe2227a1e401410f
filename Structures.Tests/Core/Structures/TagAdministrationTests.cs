using Microsoft.EntityFrameworkCore;
using Structures.Core.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures;

// Tags as an admin makes them and puts them on structures, against the real database.
public sealed class TagAdministrationTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task Tags_AreMadeAndPutOnStructures_GeneratedOnesStay()
    {
        var admin = await SignedInViewerAsync(90000001);
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        var tags = Factory.Get<TagAdministration>();
        long structureId;
        await using (var db = await DbAsync())
        {
            structureId = await db.Structures.Where(s => s.Tags.Any()).Select(s => s.Id).FirstAsync();
        }

        (await tags.SaveAsync(admin, null, new TagForm { Name = "staging" }, default)).Succeeded.Should().BeTrue();
        (await tags.SaveAsync(admin, null, new TagForm { Name = "staging" }, default)).Message.Should().Be("There is already a tag called staging.");
        (await tags.SaveAsync(admin, null, new TagForm { Name = "a,b" }, default)).Message.Should().Be("Tag names cannot contain commas or semicolons.");
        var staging = (await tags.ListAsync(admin, default)).Single(t => t.Name == "staging");
        var generated = (await tags.ListAsync(admin, default)).First(t => !t.IsUserManaged);
        (await tags.DeleteAsync(admin, generated.Id, default)).Succeeded.Should().BeFalse();
        (await tags.SetStructureTagsAsync(admin, structureId, [staging.Id, generated.Id], default)).Succeeded.Should().BeTrue();

        await using var check = await DbAsync();
        var names = await check.Structures.Where(s => s.Id == structureId).SelectMany(s => s.Tags.Select(t => t.Name)).ToListAsync();
        names.Should().Contain("staging");
        names.Count(n => n != "staging").Should().BeGreaterThan(0, "the sync's own tags stay on the structure");
    }
}
