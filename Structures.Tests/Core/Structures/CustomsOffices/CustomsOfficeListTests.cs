using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Owners;
using Structures.Core.Structures;
using Structures.Core.Structures.CustomsOffices;
using Structures.Tests.Core.Access;

namespace Structures.Tests.Core.Structures.CustomsOffices;

public sealed class CustomsOfficeListTests : TwoAlliancesTest
{
    [Fact]
    public async Task ForAsync_AMember_SeesTheirCorporationsOffices_AtTheCorporationRate()
    {
        var listing = await Factory.Get<CustomsOfficeList>().ForAsync(await SignedInViewerAsync(Nygma), null, default);

        listing.Rows.Should().HaveCount(3).And.OnlyContain(r => r.OwnerId == BadCompany && r.MayOpen && r.Terms.Basis == TaxBasis.Corporation && r.Terms.HasAccess);
        listing.Rows.Should().OnlyContain(r => r.PlanetName != null && r.SystemName != "?");
        listing.CharacterId.Should().Be(Nygma);
    }

    [Fact]
    public async Task ForAsync_PublicOffices_OfAnotherAlliance_AreListed_AsNeutral_WithoutALink()
    {
        var owners = Factory.Get<OwnerAdministration>();
        var form = (await owners.FormAsync(ViewerId.System, Wayne, default))!;
        form.AreCustomsOfficesPublic = true;
        (await owners.SaveAsync(ViewerId.System, Wayne, form, default)).Succeeded.Should().BeTrue();
        long changed;
        await using (var db = await DbAsync())
        {
            var office = await db.Structures.Include(s => s.CustomsOffice).FirstAsync(s => s.OwnerId == Wayne && s.Kind == StructureKind.CustomsOffice);
            office.CustomsOffice!.AllowAccessWithStandings = true;
            office.CustomsOffice.StandingLevel = "neutral";
            office.CustomsOffice.NeutralStandingTaxRate = 0.125;
            changed = office.Id;
            await db.SaveChangesAsync();
        }

        var listing = await Factory.Get<CustomsOfficeList>().ForAsync(await SignedInViewerAsync(Nygma), null, default);

        var wayne = listing.Rows.Where(r => r.OwnerId == Wayne).ToList();
        wayne.Should().HaveCount(3).And.OnlyContain(r => !r.MayOpen && r.Terms.Basis == TaxBasis.NeutralStanding);
        wayne.Should().ContainSingle(r => r.StructureId == changed).Which.Terms.Should().Be(new CustomsOfficeTerms(true, 0.125, TaxBasis.NeutralStanding));
        listing.Rows.Where(r => r.OwnerId == BadCompany).Should().HaveCount(3);
    }

    [Fact]
    public async Task ForAsync_WithoutBasicAccess_ListsNothing()
    {
        await using (var db = await DbAsync())
        {
            await db.PermissionGrants.Where(g => g.GranteeKind == GranteeKind.OwnerMembers && g.Permission == Permission.BasicAccess).ExecuteDeleteAsync();
            (await db.Owners.SingleAsync(o => o.CorporationId == Wayne)).AreCustomsOfficesPublic = true;
            await db.SaveChangesAsync();
        }

        var listing = await Factory.Get<CustomsOfficeList>().ForAsync(await SignedInViewerAsync(Nygma), null, default);
        using var nygma = await SignedInClientAsync(Nygma);
        using var page = await nygma.GetAsync("/customs-offices");

        listing.Should().Be(CustomsOfficeListing.Empty);
        page.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        page.Headers.Location!.AbsolutePath.Should().Be("/denied");
    }

    [Fact]
    public async Task Page_ShowsTheirOffices_AndNothingOfAnotherAlliance()
    {
        using var nygma = await SignedInClientAsync(Nygma);
        await using var db = await DbAsync();
        var bad = await db.Structures.Where(s => s.OwnerId == BadCompany && s.Kind == StructureKind.CustomsOffice).Select(s => s.Id).ToListAsync();
        var wayne = await db.Structures.Where(s => s.OwnerId == Wayne && s.Kind == StructureKind.CustomsOffice).Select(s => s.Id).ToListAsync();

        var html = await nygma.GetStringAsync("/customs-offices");

        html.Should().Contain("data-testid=\"poco-table\"").And.NotContain("Wayne");
        bad.Should().AllSatisfy(id => html.Should().Contain($"data-testid=\"poco-access-{id}\""));
        wayne.Should().AllSatisfy(id => html.Should().NotContain($"poco-access-{id}"));
    }
}
