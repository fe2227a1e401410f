namespace Structures.Tests.Benchmarks.Image;

// The image scenario run from a test, out of the default suite with the other benchmarks: `bash .ci/test --filter Category=Bench`.
[Trait("Category", "Bench")]
public sealed class ImageBenchTests
{
    [Fact]
    public async Task Main_WithImage_BuildsTheImage_RunsTwoInstancesFromIt_AndTheProxyAnswersEveryRequestAfterAKill()
    {
        var image = (await BenchSmoke.RunAsync("image"))["image"];

        image.TryGetProperty("note", out var note).Should().BeFalse($"nothing should have failed: {note}");
        BenchSmoke.Figure(image, "app_layers_mb").Should().BePositive();
        BenchSmoke.Figure(image, "instances_serving_metrics").Should().Be(2);
        BenchSmoke.Figure(image, "sticky_cookie").Should().Be(1);
        BenchSmoke.Figure(image, "after_kill_requests").Should().BePositive();
        BenchSmoke.Figure(image, "after_kill_failed").Should().Be(0);
        image.GetProperty("targetMet").GetBoolean().Should().BeTrue();
    }
}
