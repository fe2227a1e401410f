using Microsoft.Extensions.Options;

namespace Structures.Dashboard.Simulation.Esi;

// ESI's legacy error limit: so many non-2xx/3xx answers per fixed window, then 420 for everything until it resets.
internal sealed class SimErrorLimiter(SimWorld world, IOptions<SimulationOptions> options)
{
    private readonly Lock _gate = new();
    private DateTime _windowStart = DateTime.MinValue;
    private int _errors;

    public (int Remain, int ResetSeconds) State()
    {
        lock (_gate)
        {
            Roll();
            var reset = (int)Math.Ceiling((_windowStart.AddSeconds(options.Value.ErrorWindowSeconds) - world.Now).TotalSeconds);
            return (Math.Max(0, options.Value.ErrorLimit - _errors), Math.Max(0, reset));
        }
    }

    public void CountError()
    {
        lock (_gate)
        {
            Roll();
            _errors++;
        }
    }

    public void Exhaust()
    {
        lock (_gate)
        {
            Roll();
            _errors = options.Value.ErrorLimit;
        }
    }

    private void Roll()
    {
        if (world.Now >= _windowStart.AddSeconds(options.Value.ErrorWindowSeconds))
        {
            _windowStart = world.Now;
            _errors = 0;
        }
    }
}
