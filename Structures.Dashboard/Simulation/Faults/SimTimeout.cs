namespace Structures.Dashboard.Simulation.Faults;

// A server that never answers: the request is held until the delay passes or the client gives up, then the
// connection is dropped without a response.
internal static class SimTimeout
{
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(2);

    public static async Task DropAsync(HttpContext http, SimFault fault)
    {
        var hold = fault.DelayMilliseconds > 0 ? TimeSpan.FromMilliseconds(fault.DelayMilliseconds) : Longest;
        try
        {
            await Task.Delay(hold, http.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up first, as it should.
        }

        http.Abort();
    }
}
