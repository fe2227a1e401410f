namespace Structures.Tests.Benchmarks;

public sealed class ProductGcSettingsTests
{
    [Fact]
    public void Read_RuntimeConfigWithGcSettings_GivesTheirEnvironmentVariables()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("structures-gc-").FullName, "app.runtimeconfig.json");
        File.WriteAllText(file, """
            { "runtimeOptions": { "configProperties": {
                "System.GC.Server": true, "System.GC.Concurrent": false, "System.GC.ConserveMemory": 5, "System.Globalization.Invariant": false } } }
            """);

        var variables = ProductGcSettings.Read(file).ToList();

        variables.Should().Equal(("DOTNET_gcServer", "1"), ("DOTNET_gcConcurrent", "0"), ("DOTNET_GCConserveMemory", "5"));
    }

    [Fact]
    public void Read_BuiltDashboard_WorkstationGc()
    {
        var variables = ProductGcSettings.Read(Path.Combine(AppContext.BaseDirectory, "Structures.Dashboard.runtimeconfig.json")).ToList();

        variables.Should().Contain(("DOTNET_gcServer", "0"));
    }

    // The sync's peak working set at 100 owners fell about 40 MB without tiered compilation's second copies of code,
    // and more with the large object heap compacted.
    [Fact]
    public void Read_BuiltDashboard_NoTieredCompilationAndConservedMemory()
    {
        var variables = ProductGcSettings.Read(Path.Combine(AppContext.BaseDirectory, "Structures.Dashboard.runtimeconfig.json")).ToList();

        variables.Should().Contain(("DOTNET_TieredCompilation", "0")).And.Contain(("DOTNET_GCConserveMemory", "7"));
    }

    // The runtime reads the young generation's budget from the environment only: installs set it, and so do the
    // benchmark's processes of the product.
    [Fact]
    public void RuntimeVariables_OfTheShippedEnvironmentFile_AreTheRuntimesOnly_WithTheYoungGenerationsBudget()
    {
        var variables = ProductGcSettings.RuntimeVariables().ToList();

        variables.Should().Equal(("DOTNET_GCgen0size", "0x1000000"));
    }

    [Fact]
    public void ApplyTo_AProcess_GivesItTheShippedVariables_ButLeavesTheCallersOwn()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet");

        ProductGcSettings.ApplyTo(start);

        start.Environment["DOTNET_GCgen0size"].Should().Be(Environment.GetEnvironmentVariable("DOTNET_GCgen0size") ?? "0x1000000");
        start.Environment["DOTNET_gcServer"].Should().Be(Environment.GetEnvironmentVariable("DOTNET_gcServer") ?? "0");
    }
}
