using System.Net;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Auth;

public sealed class OwnerHashCheckTests : AppTest
{
    private const long Alfred = 90000003;

    [Fact]
    public async Task ValidatePrincipal_AfterTheCharacterWasSold_SignsTheOldSessionOut_AndClearsItsCookie()
    {
        await AddOwnerAsync(90000001);
        using var seller = await SignedInClientAsync(Alfred);
        using var before = await seller.GetAsync("/structures");
        using var transfer = await Http.PostAsync($"/sim/control/characters/{Alfred}/transfer", null);
        using var buyer = await SignedInClientAsync(Alfred);

        using var stale = await seller.GetAsync("/structures");
        using var again = await seller.GetAsync("/structures");
        using var fresh = await buyer.GetAsync("/structures");

        before.StatusCode.Should().Be(HttpStatusCode.OK);
        transfer.StatusCode.Should().Be(HttpStatusCode.OK);
        stale.StatusCode.Should().Be(HttpStatusCode.Redirect);
        stale.Headers.Location!.AbsolutePath.Should().Be("/auth/login");
        stale.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith("structures.auth=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
        again.StatusCode.Should().Be(HttpStatusCode.Redirect, "the cookie is gone");
        fresh.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ValidatePrincipal_WithTheSameOwner_KeepsTheSession()
    {
        await AddOwnerAsync(90000001);
        using var first = await SignedInClientAsync(Alfred);
        using var second = await SignedInClientAsync(Alfred);

        using var response = await first.GetAsync("/structures");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).Should().NotContain(c => c.StartsWith("structures.auth=", StringComparison.Ordinal));
    }
}
