namespace Structures.Dashboard.Simulation.Faults;

// Faults injected through the control surface, consulted by the ESI and Discord simulators on every request.
internal sealed class SimFaults(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly List<SimFault> _faults = [];

    public void Add(SimFault fault)
    {
        lock (_gate)
        {
            _faults.Add(fault);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    public IReadOnlyList<SimFault> Active()
    {
        lock (_gate)
        {
            return [.. _faults];
        }
    }

    // Takes the first fault that applies to this request and spends one of its uses; a storm that has blown over goes.
    public SimFault? Take(string path, int? page)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            _faults.RemoveAll(f => f.Until <= now);
            var fault = _faults.FirstOrDefault(f =>
                (f.Target == "*" || path.StartsWith(f.Target, StringComparison.OrdinalIgnoreCase))
                && (f.Page is null || f.Page == (page ?? 1)));
            if (fault?.Remaining is { } left)
            {
                fault.Remaining = left - 1;
                if (left <= 1)
                {
                    _faults.Remove(fault);
                }
            }

            return fault;
        }
    }
}
