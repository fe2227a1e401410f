using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Owners;
using Structures.Core.Sso;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Owners;

// Runs on PostgreSQL too (Core/Data/OnPostgresTests.cs).
public class OwnerRegistryTests : AppTest
{
    public OwnerRegistryTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected OwnerRegistryTests(DatabaseProvider provider)
        : base(provider: provider)
    {
    }

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

    [Fact]
    public async Task Add_WithATokenWithoutTheRolesScope_IsRefused()
    {
        var scopes = SimulatedSso.DirectorScopes.Where(s => s != EveScopes.Roles).ToList();
        var tokens = await Sso.SignInAsync(90000001, scopes);
        var identity = (await Factory.Get<EveTokenValidator>().ValidateAsync(tokens.AccessToken, default)).Identity!;

        var result = await Factory.Get<OwnerRegistry>().AddAsync(ViewerId.System, identity, tokens.AccessToken, tokens.RefreshToken!, default);

        result.Outcome.Should().Be(AddOwnerOutcome.MissingScopes);
        result.Message.Should().Contain(EveScopes.Roles);
    }

    [Fact]
    public async Task Add_WhenTheRolesLookupFails_IsRefused()
    {
        await InjectFaultAsync(new { target = "/sim/esi/characters/90000001/roles", kind = "Status", status = 500, count = 50 });

        var result = await AddOwnerAsync(90000001);

        result.Outcome.Should().Be(AddOwnerOutcome.DirectorUnconfirmed);
        result.Message.Should().StartWith("ESI could not confirm that Bruce Wayne has the Director role");
    }
}
