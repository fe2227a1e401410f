using System.Text.Json;

namespace Structures.Dashboard.Simulation.Esi;

// ESI's POST routes take a JSON array of 1 to 1000 unique IDs and answer 400 to anything else.
internal static class SimEsiIds
{
    public static async Task<IReadOnlyCollection<long>?> ReadAsync(HttpContext http)
    {
        long[]? ids = null;
        try
        {
            ids = await JsonSerializer.DeserializeAsync<long[]>(http.Request.Body, cancellationToken: http.RequestAborted);
        }
        catch (JsonException)
        {
        }

        if (ids is { Length: >= 1 and <= 1000 } && ids.Distinct().Count() == ids.Length)
        {
            return ids;
        }

        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        await http.Response.WriteAsJsonAsync(new EsiError("Invalid body: expected a JSON array of 1 to 1000 unique IDs"), EsiResponder.Json);
        return null;
    }
}
