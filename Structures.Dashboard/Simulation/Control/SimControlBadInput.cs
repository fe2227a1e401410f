namespace Structures.Dashboard.Simulation.Control;

// A body that is not JSON, or not the JSON an endpoint takes, is the caller's mistake: 400 with the reason, where
// Development would otherwise answer 500 with the developer exception page.
internal static class SimControlBadInput
{
    public static IApplicationBuilder UseSimControlBadInput(this IApplicationBuilder app) =>
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/sim/control"), control => control.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (BadHttpRequestException e) when (!http.Response.HasStarted)
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                await http.Response.WriteAsJsonAsync(new { error = e.InnerException?.Message ?? e.Message });
            }
        }));

    public static IResult Invalid(string problem) => Results.BadRequest(new { error = problem });
}
