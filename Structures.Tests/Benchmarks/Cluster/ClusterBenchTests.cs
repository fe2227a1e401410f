using System.Text.Json;

namespace Structures.Tests.Benchmarks.Cluster;

// Runs the cluster scenarios small, so they stay out of the default suite: `bash .ci/test --filter Category=Bench`.
[Trait("Category", "Bench")]
public sealed class ClusterBenchTests
{
    [Fact]
    public async Task Main_WithSmokeClusterScenarios_WritesEachWithNothingLostOrPostedTwice()
    {
        var scenarios = await RunSmokeAsync("drain-cluster,sync-cluster,failover");

        scenarios.Keys.Should().Equal("drain-cluster", "sync-cluster", "failover");
        Figure(scenarios["drain-cluster"], "posts").Should().Be(8, "2 webhooks x 40 messages at 10 embeds a post");
        Figure(scenarios["drain-cluster"], "messages_posted_twice").Should().Be(0);
        Figure(scenarios["drain-cluster"], "messages_missing").Should().Be(0);
        (Figure(scenarios["sync-cluster"], "first_sync_owners_instance_a") + Figure(scenarios["sync-cluster"], "first_sync_owners_instance_b")).Should().Be(4);
        Figure(scenarios["sync-cluster"], "resync_owners_synced_twice").Should().Be(0);
        Figure(scenarios["sync-cluster"], "structures").Should().Be(80);
        Figure(scenarios["failover"], "lost").Should().Be(0);
        Figure(scenarios["failover"], "duplicated_outside_kill_window").Should().Be(0);
        Figure(scenarios["failover"], "survivor_drained_everything").Should().Be(1);
    }

    [Fact]
    public async Task Main_WithSmokeBoardCluster_ShowsEveryChangeSyncedByAOnEveryPageOfB()
    {
        var scenarios = await RunSmokeAsync("board-cluster");

        scenarios.Keys.Should().Equal("board-cluster");
        Figure(scenarios["board-cluster"], "pages_open").Should().Be(2);
        Figure(scenarios["board-cluster"], "change_samples").Should().Be(10, "5 counted changes x 2 pages");
        Figure(scenarios["board-cluster"], "page_changes_missed").Should().Be(0);
    }

    // Each scenario's figures, in the order the command ran them.
    private static async Task<Dictionary<string, JsonElement>> RunSmokeAsync(string only) => await BenchSmoke.RunAsync(only);

    private static double Figure(JsonElement scenario, string name) => BenchSmoke.Figure(scenario, name);
}
