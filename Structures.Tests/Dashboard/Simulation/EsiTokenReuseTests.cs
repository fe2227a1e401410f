using System.Net;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

// The simulated ESI checks a token's signature once; a token it has already let through is still refused once it
// expires or its character is revoked, as ESI refuses it.
public sealed class EsiTokenReuseTests() : AppTest(fakeClock: true)
{
    private const string Structures = "/corporations/98000001/structures";

    [Fact]
    public async Task TokenAlreadyAccepted_IsRefusedOnceRevoked()
    {
        var token = await SignInAsync(90000001);
        using var before = await EsiGetAsync(Structures, token);

        await Http.PostAsync("/sim/control/tokens/90000001/revoke", null);
        using var after = await EsiGetAsync(Structures, token);

        before.StatusCode.Should().Be(HttpStatusCode.OK);
        after.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await EsiErrorAsync(after)).Should().Be("token is no longer valid");
    }

    [Fact]
    public async Task TokenAlreadyAccepted_IsRefusedOnceExpired_AndGoodUntilThen()
    {
        var token = await SignInAsync(90000001);
        using var first = await EsiGetAsync(Structures, token);

        Clock.Advance(TimeSpan.FromSeconds(1199));
        using var lastSecond = await EsiGetAsync(Structures, token);
        Clock.Advance(TimeSpan.FromSeconds(1));
        using var expired = await EsiGetAsync(Structures, token);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        lastSecond.StatusCode.Should().Be(HttpStatusCode.OK);
        expired.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await EsiErrorAsync(expired)).Should().Be("token is expired");
    }
}
