using System.Net.Http.Json;
using System.Text.Json;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

public sealed class SimulatedUniverseTests() : AppTest(fakeClock: true)
{
    [Fact]
    public async Task World_HasTwoAlliances_FiveCorporations_DirectorsAndMembers()
    {
        var world = await Http.GetFromJsonAsync<JsonElement>("/sim/control/world");

        world.GetProperty("alliances").GetArrayLength().Should().Be(2);
        world.GetProperty("corporations").GetArrayLength().Should().BeGreaterThanOrEqualTo(4);
        var characters = world.GetProperty("characters").EnumerateArray().ToList();
        characters.Should().Contain(c => c.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "Director"));
        characters.Should().Contain(c => c.GetProperty("roles").GetArrayLength() == 0);
    }

    [Fact]
    public async Task World_HasSixtyStructuresOfEveryKind_InSeveralStates()
    {
        var structures = (await Http.GetFromJsonAsync<JsonElement>("/sim/control/world")).GetProperty("structures").EnumerateArray().ToList();

        structures.Should().HaveCountGreaterThanOrEqualTo(60);
        structures.Select(s => s.GetProperty("kind").GetString()).Distinct().Should().BeEquivalentTo("Upwell", "JumpGate", "MoonDrill", "Starbase", "CustomsOffice", "Skyhook");
        structures.Select(s => s.GetProperty("typeId").GetInt64()).Should().Contain([35832, 35833, 35834, 35825, 35826, 35827, 35835, 35836, 35840, 35841, 37534, 81826, 81080, 2233]);
        structures.Select(s => s.GetProperty("state").GetString()).Should().Contain(["armor_reinforce", "hull_reinforce", "anchoring", "reinforced", "unanchoring", "offline"]);
        var now = Clock.GetUtcNow().UtcDateTime;
        structures.Where(s => s.GetProperty("fuelExpires").ValueKind == JsonValueKind.String && s.GetProperty("fuelExpires").GetDateTime() < now.AddDays(3))
            .Should().HaveCountGreaterThanOrEqualTo(5, "some structures are low on fuel");
    }

    [Fact]
    public async Task StarbaseFuel_BurnsDownWithTheClock()
    {
        var token = await SignInAsync(90000001);
        var starbases = await (await EsiGetAsync("/corporations/98000001/starbases", token)).Content.ReadFromJsonAsync<JsonElement>();
        var online = starbases.EnumerateArray().First(s => s.GetProperty("state").GetString() == "online");
        var path = $"/corporations/98000001/starbases/{online.GetProperty("starbase_id").GetInt64()}?system_id={online.GetProperty("system_id").GetInt64()}";

        var before = await FuelBlocks(path, token);
        Clock.Advance(TimeSpan.FromHours(10));
        var after = await FuelBlocks(path, await SignInAsync(90000001));

        (before - after).Should().Be(10 * 40);
    }

    private async Task<long> FuelBlocks(string path, string token)
    {
        var detail = await (await EsiGetAsync(path, token)).Content.ReadFromJsonAsync<JsonElement>();
        return detail.GetProperty("fuels").EnumerateArray().Single(f => f.GetProperty("type_id").GetInt64() == 4247).GetProperty("quantity").GetInt64();
    }
}
