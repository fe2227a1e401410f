using System.Net;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

public sealed class EsiPagesTests() : AppTest(new Dictionary<string, string?> { ["Simulation:PageSize"] = "10" }, fakeClock: true)
{
    private const string Assets = "/corporations/98000001/assets";

    [Fact]
    public async Task Page_AskedAgainWithItsTag_IsNotModified_AndEachPageHasATagOfItsOwn()
    {
        var token = await SignInAsync(90000001);
        using var first = await EsiGetAsync($"{Assets}?page=1", token);
        using var second = await EsiGetAsync($"{Assets}?page=2", token);

        using var again = await EsiGetAsync($"{Assets}?page=2", token, ifNoneMatch: second.Headers.ETag!.Tag);
        using var otherPagesTag = await EsiGetAsync($"{Assets}?page=2", token, ifNoneMatch: first.Headers.ETag!.Tag);

        int.Parse(first.Headers.GetValues("X-Pages").Single(), System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(1);
        second.Headers.ETag.Should().NotBe(first.Headers.ETag);
        again.StatusCode.Should().Be(HttpStatusCode.NotModified);
        otherPagesTag.StatusCode.Should().Be(HttpStatusCode.OK, "page 1's tag says nothing about page 2");
        (await otherPagesTag.Content.ReadAsStringAsync()).Should().Be(await second.Content.ReadAsStringAsync());
    }
}
