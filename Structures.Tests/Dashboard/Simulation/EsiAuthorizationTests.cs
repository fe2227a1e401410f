using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

public sealed class EsiAuthorizationTests : AppTest
{
    [Fact]
    public async Task CorporationRoute_WithoutToken_Is401()
    {
        using var response = await EsiGetAsync("/corporations/98000001/structures");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PlainMember_IsNotADirector()
    {
        var token = await SignInAsync(90000003);

        using var response = await EsiGetAsync("/corporations/98000001/starbases", token);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await EsiErrorAsync(response)).Should().Be("Character does not have required role(s)");
    }

    [Fact]
    public async Task StationManager_MayReadStructures_ButNotStarbases()
    {
        var token = await SignInAsync(90000005);

        using var structures = await EsiGetAsync("/corporations/98000002/structures", token);
        using var starbases = await EsiGetAsync("/corporations/98000002/starbases", token);

        structures.StatusCode.Should().Be(HttpStatusCode.OK);
        starbases.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task MissingScope_IsRejected()
    {
        var token = await SignInAsync(90000001, ["esi-characters.read_notifications.v1"]);

        using var response = await EsiGetAsync("/corporations/98000001/structures", token);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await EsiErrorAsync(response)).Should().Be("token not valid for scope");
    }

    [Fact]
    public async Task OtherCorporation_IsRejected()
    {
        var token = await SignInAsync(90000001);

        using var response = await EsiGetAsync("/corporations/98000003/structures", token);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RevokedCharacter_LosesAccessAndRefresh()
    {
        var tokens = await Sso.SignInAsync(90000001);

        await Http.PostAsync("/sim/control/tokens/90000001/revoke", null);
        using var esi = await EsiGetAsync("/corporations/98000001/structures", tokens.AccessToken);
        using var refresh = await Sso.RequestTokenAsync(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = tokens.RefreshToken! });

        esi.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        refresh.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task UniverseStructure_OfAnotherAlliance_Is403()
    {
        var token = await SignInAsync(90000001);
        var world = await Http.GetFromJsonAsync<JsonElement>("/sim/control/world");
        var foreign = world.GetProperty("structures").EnumerateArray().First(s => s.GetProperty("corporationId").GetInt64() == 98000003 && s.GetProperty("kind").GetString() == "Upwell").GetProperty("id").GetInt64();
        var own = world.GetProperty("structures").EnumerateArray().First(s => s.GetProperty("corporationId").GetInt64() == 98000002 && s.GetProperty("kind").GetString() == "Upwell").GetProperty("id").GetInt64();

        using var denied = await EsiGetAsync($"/universe/structures/{foreign}", token);
        using var allowed = await EsiGetAsync($"/universe/structures/{own}", token);

        denied.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        allowed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await allowed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString().Should().StartWith("Osoggur - ");
    }
}
