using System.Diagnostics;

namespace Structures.Tests.Benchmarks.Image;

// A child process's standard output and error, line by line, appended to one file.
internal static class OutputLog
{
    public static void Follow(Process process, string path)
    {
        var gate = new Lock();
        void Append(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    File.AppendAllText(path, line + Environment.NewLine);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }
}
