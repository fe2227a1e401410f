using System.Globalization;
using System.Net;

namespace Structures.Dashboard.Simulation;

// EVE's image server cannot be reached offline: the simulator draws a coloured tile with initials instead.
internal static class SimImageEndpoints
{
    public static void MapSimulatedImages(this IEndpointRouteBuilder app)
    {
        var images = app.MapGroup("/sim/images").ExcludeFromDescription();
        images.MapGet("/characters/{id:long}/portrait", (long id, SimWorld world) => Tile(id, world.Character(id)?.Name));
        images.MapGet("/corporations/{id:long}/logo", (long id, SimWorld world) => Tile(id, world.Corporation(id)?.Ticker));
        images.MapGet("/alliances/{id:long}/logo", (long id, SimWorld world) => Tile(id, world.Alliance(id)?.Ticker));
        images.MapGet("/types/{id:long}/{kind}", (long id, SimWorld world) =>
            Tile(id, world.Universe.TypesById.TryGetValue(id, out var type) ? type.Name : null));
    }

    private static IResult Tile(long id, string? name)
    {
        var initials = string.Concat((name ?? "?").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => w[0]));
        var hue = (int)(id % 360);
        var svg = string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" viewBox=\"0 0 64 64\"><rect width=\"64\" height=\"64\" fill=\"hsl({hue},45%,35%)\"/><text x=\"32\" y=\"41\" font-family=\"sans-serif\" font-size=\"24\" fill=\"#fff\" text-anchor=\"middle\">{WebUtility.HtmlEncode(initials)}</text></svg>");
        return Results.Content(svg, "image/svg+xml");
    }
}
