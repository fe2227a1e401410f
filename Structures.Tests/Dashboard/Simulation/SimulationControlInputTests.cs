using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

public sealed class SimulationControlInputTests() : AppTest(fakeClock: true)
{
    public static TheoryData<string, string, string> BadRequests => new()
    {
        { "/sim/control/notifications", "{ not json", "Path: $" },
        { "/sim/control/notifications", """{"type":"StructureUnderAttack","timeLeftSeconds":9000000000000000000}""", "timeLeftSeconds" },
        { "/sim/control/notifications", """{"type":""}""", "type is required" },
        { "/sim/control/structures/1/fuel", """{"hours":1e300}""", "hours must be a number of hours" },
        { "/sim/control/structures/1/fuel", """{"hours":"soon"}""", "Path: $.hours" },
        { "/sim/control/structures/1/fuel", """{"hours":1,"liquidOzone":-5}""", "liquidOzone" },
        { "/sim/control/structures/1/reinforce", """{"hours":-3}""", "hours must be a number of hours" },
        { "/sim/control/characters/90000001/roles", """{}""", "roles is required" },
        { "/sim/control/faults", """{"target":"*","kind":"Status","status":42}""", "status must be an HTTP status code" },
        { "/sim/control/faults", """{"target":"*","kind":"Slow","delayMilliseconds":-1}""", "delayMilliseconds" },
        { "/sim/control/faults", """{"target":"*","kind":"Meteor"}""", "Unknown fault kind" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task ControlEndpoint_WithBadInput_Answers400WithTheReason(string path, string body, string reason)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await Http.PostAsync(path, content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
        error.Should().NotBeNullOrWhiteSpace().And.Contain(reason);
    }

    [Fact]
    public async Task Faults_AfterARefusedOne_AreAsBefore()
    {
        using var refused = await Http.PostAsJsonAsync("/sim/control/faults", new { target = "*", kind = "Status", status = 42 });

        var active = await Http.GetFromJsonAsync<JsonElement>("/sim/control/faults");

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        active.GetArrayLength().Should().Be(0);
    }
}
