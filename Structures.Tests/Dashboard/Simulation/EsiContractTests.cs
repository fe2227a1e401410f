using System.Net;
using System.Net.Http.Json;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

public sealed class EsiContractTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    public static TheoryData<string, string, string> Routes => new()
    {
        { "get", "/corporations/{corporation_id}/structures", "/corporations/98000001/structures" },
        { "get", "/universe/structures/{structure_id}", "/universe/structures/{Upwell}" },
        { "get", "/corporations/{corporation_id}/starbases", "/corporations/98000001/starbases" },
        { "get", "/corporations/{corporation_id}/starbases/{starbase_id}", "/corporations/98000001/starbases/{Starbase}?system_id={StarbaseSystem}" },
        { "get", "/corporations/{corporation_id}/customs_offices", "/corporations/98000001/customs_offices" },
        { "get", "/corporations/{corporation_id}/assets", "/corporations/98000001/assets" },
        { "post", "/corporations/{corporation_id}/assets/names", "/corporations/98000001/assets/names" },
        { "post", "/corporations/{corporation_id}/assets/locations", "/corporations/98000001/assets/locations" },
        { "get", "/corporation/{corporation_id}/mining/extractions", "/corporation/98000001/mining/extractions" },
        { "get", "/characters/{character_id}/notifications", "/characters/90000001/notifications" },
        { "get", "/characters/{character_id}/roles", "/characters/90000001/roles" },
        { "get", "/characters/{character_id}", "/characters/90000001" },
        { "get", "/corporations/{corporation_id}", "/corporations/98000001" },
        { "get", "/alliances/{alliance_id}", "/alliances/99000001" },
        { "post", "/characters/affiliation", "/characters/affiliation" },
        { "post", "/universe/names", "/universe/names" },
        { "post", "/universe/ids", "/universe/ids" },
        { "get", "/universe/types/{type_id}", "/universe/types/35832" },
        { "get", "/universe/groups/{group_id}", "/universe/groups/1657" },
        { "get", "/universe/categories/{category_id}", "/universe/categories/65" },
        { "get", "/universe/systems/{system_id}", "/universe/systems/30000474" },
        { "get", "/universe/constellations/{constellation_id}", "/universe/constellations/20000069" },
        { "get", "/universe/regions/{region_id}", "/universe/regions/10000005" },
        { "get", "/universe/planets/{planet_id}", "/universe/planets/40029526" },
        { "get", "/universe/moons/{moon_id}", "/universe/moons/40029527" },
        { "get", "/sovereignty/map", "/sovereignty/map" },
        { "get", "/sovereignty/structures", "/sovereignty/structures" },
        { "get", "/status", "/status" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Response_ValidatesAgainstEsiSchema(string method, string specPath, string requestPath)
    {
        await simulator.Http.PostAsJsonAsync("/sim/control/notifications", new { type = "StructureUnderAttack", corporationId = 98000001 });
        var schema = await OpenApiContract.ResponseSchemaAsync(specPath, method);

        using var response = await Send(method, Resolve(requestPath));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        body.Should().NotBe("[]", "an empty list proves nothing about the shape");
        OpenApiContract.Describe(schema.Validate(body)).Should().BeEmpty();
    }

    [Fact]
    public void EveryRouteTheProductNeeds_IsInTheSpec()
    {
        Routes.Select(r => (string)r[1]).Should().OnlyContain(path => OpenApiContract.Paths.Contains(path));
    }

    [Fact]
    public async Task Contract_RejectsMissingAndUndeclaredFields()
    {
        var schema = await OpenApiContract.ResponseSchemaAsync("/corporations/{corporation_id}/structures", "get");

        var errors = schema.Validate("""[{"structure_id": 1, "corporation_id": 2, "system_id": 3, "type_id": 4, "profile_id": 5, "fuel_expiry": "soon"}]""");

        OpenApiContract.Describe(errors).Should().Contain(["PropertyRequired at #/[0].state", "NoAdditionalPropertiesAllowed at #/[0].fuel_expiry"]);
    }

    private Task<HttpResponseMessage> Send(string method, string path)
    {
        if (method == "get")
        {
            return simulator.Http.GetAsync($"/sim/esi{path}");
        }

        if (path == "/universe/ids")
        {
            return simulator.Http.PostAsJsonAsync($"/sim/esi{path}", new[] { "Bruce Wayne", "wayne technologies", "Big Bad Alliance", "Joker" });
        }

        long[] ids = path switch
        {
            "/characters/affiliation" => [90000001, 90000006],
            "/universe/names" => [90000001, 98000001, 99000001, 30000474, 35832],
            _ => [simulator.StructureId("Upwell"), simulator.StructureId("Starbase")],
        };
        return simulator.Http.PostAsJsonAsync($"/sim/esi{path}", ids);
    }

    private string Resolve(string path)
    {
        var starbase = simulator.StructureId("Starbase");
        return path.Replace("{Upwell}", simulator.StructureId("Upwell").ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{StarbaseSystem}", simulator.SystemOf(starbase).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{Starbase}", starbase.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
