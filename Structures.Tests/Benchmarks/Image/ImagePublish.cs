using System.Diagnostics;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Benchmarks.Image;

// The README's build of the image, `dotnet publish Structures.Dashboard -c Release -t:PublishContainer` to a
// tarball, with the base image taken from the given registry instead of mcr.microsoft.com. The build's own output
// goes to a folder of its own, so the benchmark's running build is left alone.
internal static class ImagePublish
{
    public static async Task<(int ExitCode, TimeSpan Took)> RunAsync(string baseImage, string registry, string tarball, string folder)
    {
        var project = Path.Combine(BrowserFixture.RepositoryRoot(), "Structures.Dashboard");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            ["publish", project, "-c", "Release", "-t:PublishContainer", $"-p:ContainerArchiveOutputPath={tarball}",
             $"-p:ContainerBaseImage={baseImage}", "--artifacts-path", Path.Combine(folder, "build"), "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The SDK speaks plain HTTP only to registries named here.
        info.Environment["DOTNET_CONTAINER_INSECURE_REGISTRIES"] = registry;
        var started = TimeProvider.System.GetTimestamp();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet publish.");
        OutputLog.Follow(process, Path.Combine(folder, "publish.log"));
        await process.WaitForExitAsync();
        return (process.ExitCode, TimeProvider.System.GetElapsedTime(started));
    }
}
