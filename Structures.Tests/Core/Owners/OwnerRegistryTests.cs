using Structures.Core.Owners;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Owners;

public sealed class OwnerRegistryTests : AppTest
{
    [Fact]
    public async Task AddingAnOwnerAgain_SaysItIsAlreadyThere()
    {
        var created = await AddOwnerAsync(90000001);
        var again = await AddOwnerAsync(90000001);
        var second = await AddOwnerAsync(90000002);

        created.Outcome.Should().Be(AddOwnerOutcome.OwnerCreated);
        again.Should().Be(new AddOwnerResult(AddOwnerOutcome.CharacterRenewed,
            "Wayne Technologies is already a structure owner and Bruce Wayne already syncs it: the token was renewed.", 98000001));
        second.Should().Be(new AddOwnerResult(AddOwnerOutcome.CharacterAdded,
            "Wayne Technologies is already a structure owner: Lucius Fox now also syncs it (more characters mean faster alerts).", 98000001));
    }
}
