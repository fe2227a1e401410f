using Structures.Core.Structures;
using Structures.Core.Structures.CustomsOffices;

namespace Structures.Tests.Core.Structures.CustomsOffices;

public sealed class CustomsOfficeTermsTests
{
    private const long Owner = 98000001, OwnerAlliance = 99000001;

    private static CustomsOfficeDetail Office(bool alliance = true, bool standings = true, string? level = "neutral", double? neutral = 0.15) => new()
    {
        CorporationTaxRate = 0.02, AllianceTaxRate = 0.05, NeutralStandingTaxRate = neutral, AllowAllianceAccess = alliance,
        AllowAccessWithStandings = standings, StandingLevel = level,
    };

    [Fact]
    public void For_OwnersMember_GetsTheCorporationRate()
    {
        var terms = CustomsOfficeTerms.For(Office(alliance: false, standings: false), Owner, OwnerAlliance, Owner, OwnerAlliance);

        terms.Should().Be(new CustomsOfficeTerms(true, 0.02, TaxBasis.Corporation));
    }

    [Fact]
    public void For_AllianceMember_GetsTheAllianceRate_WhenTheOfficeLetsTheAllianceIn()
    {
        var allowed = CustomsOfficeTerms.For(Office(), Owner, OwnerAlliance, 98000002, OwnerAlliance);
        var refused = CustomsOfficeTerms.For(Office(alliance: false), Owner, OwnerAlliance, 98000002, OwnerAlliance);

        allowed.Should().Be(new CustomsOfficeTerms(true, 0.05, TaxBasis.Alliance));
        refused.Should().Be(new CustomsOfficeTerms(true, 0.15, TaxBasis.NeutralStanding));
    }

    [Theory]
    [InlineData(true, "neutral", 0.15, true)]
    [InlineData(true, "bad", 0.15, true)]
    [InlineData(true, null, 0.15, true)]
    [InlineData(true, "good", 0.15, false)]
    [InlineData(false, "neutral", 0.15, false)]
    [InlineData(true, "neutral", null, false)]
    public void For_Anyone_Else_IsTakenAsNeutral(bool standings, string? level, double? neutral, bool access)
    {
        var terms = CustomsOfficeTerms.For(Office(standings: standings, level: level, neutral: neutral), Owner, OwnerAlliance, 98000003, 99000002);

        terms.Should().Be(new CustomsOfficeTerms(access, access ? neutral : null, TaxBasis.NeutralStanding));
    }

    [Fact]
    public void For_AnOfficeWithoutSettings_SaysNothingIsKnown()
    {
        CustomsOfficeTerms.For(null, Owner, OwnerAlliance, Owner, OwnerAlliance).Should().Be(new CustomsOfficeTerms(false, null, TaxBasis.Unknown));
    }
}
