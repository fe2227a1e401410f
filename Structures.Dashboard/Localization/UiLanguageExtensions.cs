using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;
using Structures.Core.Localization;
using Structures.Dashboard.Auth;

namespace Structures.Dashboard.Localization;

// The language of the pages: the user's choice kept in a cookie, else the browser's Accept-Language, else English.
// Each page's text lives in resource files beside it (IStringLocalizer<ThePage>); the circuit of a Blazor page keeps
// the culture of the request that opened it, so a new choice takes effect with the page load that follows it.
internal static class UiLanguageExtensions
{
    public const string Path = "/language";

    public static IServiceCollection AddUiLanguages(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = SupportedLanguages.Codes.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(SupportedLanguages.English);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    public static IApplicationBuilder UseUiLanguages(this IApplicationBuilder app) => app.UseRequestLocalization();

    // A form post, checked against the form's antiforgery token, that keeps the choice for a year and goes back to the
    // page it came from: only a path of this site, never another site (AuthEndpoints.LocalOnly). A forged or odd post
    // gets a plain 400, in the language the request asks for, and changes nothing.
    public static void MapUiLanguages(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, async (HttpContext http, IAntiforgery antiforgery, IStringLocalizer<LanguagePicker> words, TimeProvider clock) =>
        {
            if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest(words["FormExpired"].Value);
            }

            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            if (SupportedLanguages.Find(form["language"]) is not { } code)
            {
                return Results.BadRequest(words["UnknownLanguage"].Value);
            }

            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
                new CookieOptions
                {
                    Path = "/",
                    Expires = clock.GetUtcNow().AddYears(1),
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = http.Request.IsHttps,
                });
            return Results.LocalRedirect(AuthEndpoints.LocalOnly(form["returnUrl"]));
        });
}
