namespace Structures.Tests.Benchmarks.Soak;

// A steady stream of structure alerts into the simulated EVE, owner after owner, so that one owner's notifications
// are always several seconds apart and each keeps a time of its own.
internal sealed class NotificationEmitter(SimulatorControl simulator, IReadOnlyList<SoakCorporation> corporations, Random random)
{
    private static readonly string[] Types = ["StructureUnderAttack", "StructureLostShields", "StructureLostArmor"];
    private readonly List<SoakEmitted> _emitted = [];

    public IReadOnlyList<SoakEmitted> Emitted => _emitted;

    public int Refused { get; private set; }

    public async Task RunAsync(TimeSpan every, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(every);
        for (var n = 0; await Pause.TickAsync(timer, stop); n++)
        {
            var corporation = corporations[n % corporations.Count];
            var structure = corporation.UpwellStructures[random.Next(corporation.UpwellStructures.Count)];
            try
            {
                _emitted.Add(await simulator.EmitAsync(Types[random.Next(Types.Length)], corporation, structure));
            }
            catch (HttpRequestException)
            {
                Refused++;
            }
        }
    }
}
