namespace Structures.Core.Data;

// SQLite serves one instance: two processes on one file would each run every schedule and post every Discord
// message twice. The first instance holds an exclusive lock on a file beside the database for as long as it runs
// (the OS releases it when the process ends, however it ends); a second one is refused at start-up.
public sealed class SqliteInstanceLock : IDisposable
{
    private FileStream? _lock;

    public static string PathFor(string dataSource) => Path.GetFullPath(dataSource) + ".lock";

    public void Acquire(string dataSource)
    {
        if (_lock is not null || IsInMemory(dataSource))
        {
            return;
        }

        var path = PathFor(dataSource);
        try
        {
            _lock = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.None);
        }
        catch (IOException)
        {
            throw new StartupRefusedException(
                $"{dataSource} is in use by another Structures instance (it holds {path}). SQLite serves one instance only: "
                + "stop the other instance first, or set Data:Provider to PostgreSQL to run several.");
        }
    }

    public void Dispose()
    {
        _lock?.Dispose();
        _lock = null;
    }

    public static bool IsInMemory(string dataSource) =>
        string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal);
}
