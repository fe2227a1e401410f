using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Data;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures;

public class StructureSyncTrackingTests : AppTest
{
    private const long Wayne = 98000001;
    private readonly ChangeDetectionPasses _passes;

    public StructureSyncTrackingTests()
        : this(new ChangeDetectionPasses())
    {
    }

    private StructureSyncTrackingTests(ChangeDetectionPasses passes)
        : base(services: passes.AddTo) =>
        _passes = passes;

    [Fact]
    public async Task FirstSync_LooksForChangesInTheRowsItSavesOnce()
    {
        await AddOwnerAsync(90000001);
        _passes.Clear();

        var result = await SyncAsync(Wayne);

        result.Complete.Should().BeTrue(result.Error);
        var apply = _passes.OfLargestSave();
        apply.Saved.Should().BeGreaterThan(result.StructureCount, "the apply saves every structure with its services and items");
        apply.Detections.Should().Be(1, "the board's look at the changes is the only pass over the tracked rows; the save does not look again");
    }

    // Per context: how often EF looked for changes over all its tracked entities, and how many it saved.
    private sealed class ChangeDetectionPasses
    {
        private readonly ConcurrentDictionary<DbContext, (int Detections, int Saved)> _contexts = new();

        public void AddTo(IServiceCollection services) =>
            services.ConfigureDbContext<StructuresDbContext>(options => options.LogTo(
                (id, _) => id == CoreEventId.DetectChangesStarting || id == CoreEventId.SaveChangesCompleted, Record));

        public void Clear() => _contexts.Clear();

        public (int Detections, int Saved) OfLargestSave() => _contexts.Values.MaxBy(c => c.Saved);

        private void Record(EventData data)
        {
            switch (data)
            {
                case SaveChangesCompletedEventData saved when saved.Context is { } context:
                    _contexts.AddOrUpdate(context, (0, saved.EntitiesSavedCount), (_, c) => (c.Detections, Math.Max(c.Saved, saved.EntitiesSavedCount)));
                    break;
                case DbContextEventData { Context: { } context }:
                    _contexts.AddOrUpdate(context, (1, 0), (_, c) => (c.Detections + 1, c.Saved));
                    break;
            }
        }
    }
}
