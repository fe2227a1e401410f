using Structures.Core.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures;

// Tag changes answer in the viewer's page language.
public sealed class TagWordsTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task SaveAsync_InGerman_AnswersInGerman()
    {
        var admin = await SignedInViewerAsync(90000001);
        var tags = Factory.Get<TagAdministration>();
        using var german = UiCulture.Use("de");

        var separators = await tags.SaveAsync(admin, null, new TagForm { Name = "Staging; Home" }, default);
        var saved = await tags.SaveAsync(admin, null, new TagForm { Name = "Staging" }, default);
        var twice = await tags.SaveAsync(admin, null, new TagForm { Name = "Staging" }, default);

        separators.Message.Should().Be("Tag-Namen dürfen keine Kommas oder Semikolons enthalten.");
        saved.Message.Should().Be("Tag Staging gespeichert.");
        twice.Message.Should().Be("Es gibt bereits ein Tag namens Staging.");
    }
}
