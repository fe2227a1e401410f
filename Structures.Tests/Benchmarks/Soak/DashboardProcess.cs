using System.Diagnostics;
using System.Net.Sockets;

namespace Structures.Tests.Benchmarks.Soak;

// One Dashboard process, started from the build output beside the benchmark with its settings in the environment,
// its output appended to a log file. It can be killed hard and started again on the same database. It runs with the
// runtimeconfig.json built beside it, so with the garbage collector's settings the product ships.
internal sealed class DashboardProcess(string name, string folder, IReadOnlyDictionary<string, string> settings, string environment = "Development") : IAsyncDisposable
{
    private readonly Lock _logGate = new();
    private readonly int _port = FreePort();
    private Process? _process;

    public string BaseUrl => $"http://127.0.0.1:{_port}";

    public string LogFile => Path.Combine(folder, $"{name}.log");

    public bool IsRunning => _process is { HasExited: false };

    // The operating system's id of the running process (the app names itself after it among other instances).
    public int? ProcessId => _process?.Id;

    public long WorkingSetBytes => Read(p => p.WorkingSet64, 0L);

    // The kernel's high-water mark of the process's resident memory (VmHWM) since it started; 0 once it has exited.
    public long PeakWorkingSetBytes => Read(p => p.PeakWorkingSet64, 0L);

    // CPU time the process has used since it started (user and system), which a loaded machine does not inflate as it
    // does wall-clock time.
    public double ProcessorSeconds => Read(p => p.TotalProcessorTime.TotalSeconds, 0.0);

    // A fresh reading of the running process, or the default once it has exited.
    private T Read<T>(Func<Process, T> reading, T exited)
    {
        try
        {
            _process?.Refresh();
            return IsRunning ? reading(_process!) : exited;
        }
        catch (InvalidOperationException)
        {
            return exited;
        }
    }

    public async Task StartReadyAsync(HttpClient http)
    {
        Start();
        if (!await WaitReadyAsync(http, TimeSpan.FromMinutes(2)))
        {
            throw new InvalidOperationException($"The process did not become ready; see {LogFile}:{Environment.NewLine}{LastLogLines(20)}");
        }
    }

    public void Start()
    {
        _process?.Dispose();
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Structures.Dashboard.dll"));
        info.ArgumentList.Add("--contentRoot");
        info.ArgumentList.Add(AppContext.BaseDirectory);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        info.Environment["ASPNETCORE_URLS"] = BaseUrl;
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {name}.");
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Append($"--- started, process {_process.Id}");
    }

    // SIGKILL: no shutdown hooks, no flushing, as a power cut or the OOM killer would end it.
    public async Task KillAsync()
    {
        if (_process is { } process && !process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Append("--- killed");
        }
    }

    public async Task<bool> WaitReadyAsync(HttpClient http, TimeSpan limit)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(limit.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (TimeProvider.System.GetTimestamp() < deadline && IsRunning)
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"{BaseUrl}/health/ready"));
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(200);
        }

        return false;
    }

    public string LastLogLines(int count)
    {
        lock (_logGate)
        {
            return File.Exists(LogFile) ? string.Join(Environment.NewLine, File.ReadLines(LogFile).TakeLast(count)) : "";
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logGate)
        {
            File.AppendAllText(LogFile, $"{TimeProvider.System.GetUtcNow():HH:mm:ss.fff} {line}{Environment.NewLine}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }
}
