using Structures.Core.Access;
using Structures.Core.Structures.Board;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Access;

// A user's second character widens what the user sees by its corporation.
public sealed class CharacterLinkTests : AppTest
{
    [Fact]
    public async Task LinkingACharacter_AddsItsCorporationToWhatTheUserSees()
    {
        await AddOwnerAsync(90000006);
        await SyncAsync(98000003);
        using var alfred = await SignedInClientAsync(90000003);
        var before = await Factory.Get<Viewers>().ForCharacterAsync(90000003, default);

        await SsoRoundTripAsync(alfred, "/auth/link", 90000008);
        var page = await alfred.GetStringAsync("/characters");
        var after = await Factory.Get<Viewers>().ForCharacterAsync(90000003, default);

        before.CorporationIds.Should().BeEquivalentTo([98000001L]);
        after.CorporationIds.Should().BeEquivalentTo([98000001L, 98000003L]);
        after.Can(Permission.BasicAccess).Should().BeTrue();
        page.Should().Contain("Alfred Pennyworth").And.Contain("Edward Nygma").And.Contain("Bad Company").And.Contain("Big Bad Alliance");
        (await Factory.Get<StructureBoard>().VisibleToAsync(await ViewerIdOfAsync(90000003), default)).Should().Contain(r => r.OwnerId == 98000003);
    }
}
