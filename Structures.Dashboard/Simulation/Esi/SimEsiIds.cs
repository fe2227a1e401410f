using System.Text.Json;

namespace Structures.Dashboard.Simulation.Esi;

// ESI's POST routes take a JSON array of 1 to 1000 unique IDs (or names) and answer 400 to anything else.
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

    // /universe/ids takes 1 to 500 unique names of 1 to 100 characters.
    public static async Task<IReadOnlyCollection<string>?> ReadNamesAsync(HttpContext http)
    {
        string[]? names = null;
        try
        {
            names = await JsonSerializer.DeserializeAsync<string[]>(http.Request.Body, cancellationToken: http.RequestAborted);
        }
        catch (JsonException)
        {
        }

        if (names is { Length: >= 1 and <= 500 } && names.All(n => n is { Length: >= 1 and <= 100 }) && names.Distinct().Count() == names.Length)
        {
            return names;
        }

        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        await http.Response.WriteAsJsonAsync(new EsiError("Invalid body: expected a JSON array of 1 to 500 unique names"), EsiResponder.Json);
        return null;
    }
}
