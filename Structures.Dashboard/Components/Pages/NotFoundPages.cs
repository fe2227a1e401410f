using Microsoft.AspNetCore.Diagnostics;

namespace Structures.Dashboard.Components.Pages;

// A browser asking for an address the app does not serve gets the "page not found" page in the app's layout, still
// answered 404. Other codes without a body (429, 401) and answers to programs (no text/html in Accept) stay as they are.
internal static class NotFoundPages
{
    public static WebApplication UseNotFoundPage(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use(async (http, next) =>
        {
            await next(http);
            var pages = http.Features.Get<IStatusCodePagesFeature>();
            if (pages is not null && (http.Response.StatusCode != StatusCodes.Status404NotFound || !WantsPage(http.Request)))
            {
                pages.Enabled = false;
            }
        });
        return app;
    }

    private static bool WantsPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
