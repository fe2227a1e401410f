namespace Structures.Tests.Benchmarks.Soak;

// Random faults through the simulator's control surface: ESI errors of every kind EVE gives, and Discord's 429
// storms, server errors and posts that never get an answer.
internal sealed class FaultInjector(SimulatorControl simulator, Random random)
{
    public int EsiFaults { get; private set; }

    public int DiscordFaults { get; private set; }

    public async Task RunEsiAsync(CancellationToken stop)
    {
        while (await PauseAsync(3, 8, stop))
        {
            // Half of them aim at the notification route, the one every alert depends on.
            var target = random.Next(2) == 0 ? "/sim/esi/characters/" : "/sim/esi/";
            var count = random.Next(1, 6);
            // A 420 pauses every ESI call for the rest of the error window (up to a minute), so it comes rarely.
            object fault = random.Next(40) switch
            {
                0 => new { target, kind = "ErrorLimited", count = 1 },
                < 10 => new { target, kind = "RateLimited", retryAfterSeconds = random.Next(1, 11), count },
                < 20 => new { target, kind = "MalformedJson", count },
                < 30 => new { target, kind = "Slow", delayMilliseconds = random.Next(1000, 10_000), count },
                _ => new { target, kind = "Status", status = Pick(500, 502, 503, 504), count },
            };
            EsiFaults += await TryInjectAsync(fault);
        }
    }

    public async Task RunDiscordAsync(CancellationToken stop)
    {
        while (await PauseAsync(8, 25, stop))
        {
            const string target = "/sim/discord/";
            object fault = random.Next(4) switch
            {
                0 => new { target, kind = "RateLimited", retryAfterSeconds = random.Next(1, 6), forSeconds = random.Next(5, 21) },
                1 => new { target, kind = "Status", status = Pick(500, 502, 503), count = random.Next(1, 6) },
                2 => new { target, kind = "Timeout", count = random.Next(1, 4) },
                _ => new { target, kind = "Slow", delayMilliseconds = random.Next(1000, 5000), count = random.Next(1, 6) },
            };
            DiscordFaults += await TryInjectAsync(fault);
        }
    }

    private async Task<int> TryInjectAsync(object fault)
    {
        try
        {
            await simulator.InjectAsync(fault);
            return 1;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private int Pick(params int[] values) => values[random.Next(values.Length)];

    private Task<bool> PauseAsync(int fromSeconds, int toSeconds, CancellationToken stop) =>
        Pause.ForAsync(TimeSpan.FromSeconds(fromSeconds + (random.NextDouble() * (toSeconds - fromSeconds))), stop);
}
