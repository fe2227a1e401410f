using System.Diagnostics;

namespace Structures.Tests.Benchmarks.Image;

// One container of the image without a container engine: its entrypoint, run from the unpacked layers, in its working
// directory, with the image's variables and then the service's (as compose gives env_file and environment). The
// runtime is the image's own (DOTNET_ROOT points into the unpacked layers); the operating system, the user and the
// network are this machine's, so each instance gets its own ports.
internal sealed class ImageInstance(string name, string root, ImageArchive image, IReadOnlyDictionary<string, string> service, string logFolder) : IAsyncDisposable
{
    private Process? _process;

    public string LogFile => Path.Combine(logFolder, $"{name}.log");

    public void Start()
    {
        var command = image.Strings("Entrypoint").Concat(image.Strings("Cmd")).ToList();
        var environment = image.Environment();
        var info = new ProcessStartInfo(Executable(command[0], environment))
        {
            WorkingDirectory = Inside(image.String("WorkingDir") ?? "/"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Without a root of its own, an argument naming a file of the image names it inside the unpacked layers.
        command.Skip(1).Select(a => a.StartsWith('/') && Path.Exists(Inside(a)) ? Inside(a) : a).ToList().ForEach(info.ArgumentList.Add);
        // Nothing of this process's environment leaks in but what any container has.
        info.Environment.Clear();
        info.Environment["HOME"] = Path.Combine(root, "home");
        foreach (var (key, value) in environment.Concat(service))
        {
            info.Environment[key] = value;
        }

        info.Environment["DOTNET_ROOT"] = Inside("/usr/share/dotnet");
        _process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {name}.");
        OutputLog.Follow(_process, LogFile);
    }

    public string LastLogLines(int count) => File.Exists(LogFile) ? string.Join(Environment.NewLine, File.ReadLines(LogFile).TakeLast(count)) : "";

    // SIGKILL, as a host losing power would end the container.
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private string Inside(string path) => Path.Combine(root, path.TrimStart('/'));

    // An absolute path inside the image, or a name looked up on the image's PATH inside it.
    private string Executable(string program, IReadOnlyDictionary<string, string> environment) =>
        program.StartsWith('/')
            ? Inside(program)
            : environment.GetValueOrDefault("PATH", "").Split(':').Select(d => Inside($"{d}/{program}")).FirstOrDefault(File.Exists)
                ?? throw new InvalidOperationException($"The image's entrypoint {program} is not on its PATH.");

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }
}
