using System.Net;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Components.Pages;

public sealed class NotFoundPageTests : AppTest
{
    [Fact]
    public async Task UnknownAddress_FromABrowser_Answers404WithThePageInTheAppsLayout()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/page");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");

        using var response = await Http.SendAsync(request);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        page.QuerySelectorAll("title").Select(t => t.TextContent).Should().Contain("Page not found");
        page.QuerySelector("h1")!.TextContent.Should().Be("Page not found");
        page.QuerySelector("[data-testid=not-found]")!.TextContent.Trim().Should().Be("This page does not exist, or it is not one you may see.");
        var home = page.QuerySelector("[data-testid=not-found-home]")!;
        (home.GetAttribute("href"), home.TextContent).Should().Be(("/", "Go to the overview"));
        page.QuerySelector("[data-testid=sign-in]").Should().NotBeNull("the page is drawn in the app's layout, with its app bar");
    }

    [Fact]
    public async Task UnknownAddress_FromAProgram_StaysAnEmpty404()
    {
        using var response = await Http.GetAsync("/no/such/page");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
    }
}
