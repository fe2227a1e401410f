using System.Net;

namespace Structures.Tests.Infrastructure;

// A browser without JavaScript that chose a page language (the cookie the language picker sets); sign it in with
// AppTest.SsoRoundTripAsync. Pages it reads are HTML-decoded, since non-ASCII letters arrive as character references.
internal static class LanguageBrowser
{
    public static HttpClient Create(string baseUrl, string language)
    {
        var address = new Uri(baseUrl);
        var cookies = new CookieContainer();
        cookies.Add(address, new Cookie(".AspNetCore.Culture", $"c%3D{language}%7Cuic%3D{language}"));
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = address };
    }

    public static async Task<string> PageAsync(this HttpClient browser, string path) => WebUtility.HtmlDecode(await browser.GetStringAsync(path));
}
