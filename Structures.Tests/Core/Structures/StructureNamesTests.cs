using Structures.Core.Structures;

namespace Structures.Tests.Core.Structures;

public sealed class StructureNamesTests
{
    [Theory]
    [InlineData("1-PGSG - Wayne Tower", "1-PGSG", "Wayne Tower")]
    [InlineData("1-PGSG - Wayne - Tower", "1-PGSG", "Wayne - Tower")]
    [InlineData("Wayne Tower", "1-PGSG", "Wayne Tower")]
    [InlineData("Amamake - Market", null, "Market")]
    public void WithoutSystem_StripsOnlyTheSystemPrefix(string name, string? system, string expected)
    {
        StructureNames.WithoutSystem(name, system).Should().Be(expected);
    }

    [Theory]
    [InlineData("Customs Office (Amamake V)", "Amamake V")]
    [InlineData("My office", null)]
    [InlineData("Customs Office ()", null)]
    [InlineData(null, null)]
    public void PlanetInCustomsOfficeName_ReadsTheParentheses(string? name, string? planet)
    {
        StructureNames.PlanetInCustomsOfficeName(name).Should().Be(planet);
    }

    [Theory]
    [InlineData("shield_vulnerable", StructureState.ShieldVulnerable)]
    [InlineData("armor_reinforce", StructureState.ArmorReinforce)]
    [InlineData("something_new", StructureState.Unknown)]
    [InlineData(null, StructureState.Unknown)]
    public void UpwellStates_MapFromEsi(string? esi, StructureState state)
    {
        StructureStates.FromUpwell(esi).Should().Be(state);
    }

    [Theory]
    [InlineData("unanchoring", StructureState.StarbaseUnanchoring)]
    [InlineData("unanchoring ", StructureState.StarbaseUnanchoring)]
    [InlineData("reinforced", StructureState.StarbaseReinforced)]
    public void StarbaseStates_MapFromEsi_WithOrWithoutTheTrailingSpace(string esi, StructureState state)
    {
        StructureStates.FromStarbase(esi).Should().Be(state);
        StructureState.StarbaseReinforced.IsReinforced().Should().BeTrue();
        StructureState.ArmorReinforce.Label().Should().Be("armor reinforce");
    }
}
