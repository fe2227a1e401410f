using Microsoft.EntityFrameworkCore;
using Npgsql;
using Structures.Core.Data;
using Structures.Tests.Benchmarks.Cluster;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Benchmarks.Soak;

// The soak's app database on the engine the run is for: a SQLite file in the run's folder, or a database of its own on
// the benchmark's PostgreSQL server (dropped at the end), which the app creates with its migrations as it starts.
internal sealed class SoakDatabase : IDisposable
{
    private readonly string? _file;

    private SoakDatabase(DatabaseProvider engine, string connectionString, string? file) =>
        (Engine, ConnectionString, _file) = (engine, connectionString, file);

    public DatabaseProvider Engine { get; }

    public string ConnectionString { get; }

    public static SoakDatabase Create(DatabaseProvider engine, string folder)
    {
        if (engine == DatabaseProvider.PostgreSQL)
        {
            return new SoakDatabase(engine, TestPostgres.CreateDatabase(), null);
        }

        var file = Path.Combine(folder, "app.db");
        return new SoakDatabase(engine, $"Data Source={file}", file);
    }

    // The app's settings for this database.
    public Dictionary<string, string> Configure(Dictionary<string, string> settings)
    {
        settings["Data:ConnectionString"] = ConnectionString;
        if (Engine == DatabaseProvider.PostgreSQL)
        {
            settings["Data:Provider"] = "PostgreSQL";
        }

        return settings;
    }

    public StructuresDbContext Open() =>
        Engine == DatabaseProvider.PostgreSQL ? new ClusterDatabase(ConnectionString).Open() : SoakOnboarding.Database(ConnectionString);

    // What the database takes on disk: the file with its write-ahead log, or what the server reports for it.
    public long SizeBytes()
    {
        if (_file is not null)
        {
            return new[] { _file, $"{_file}-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        }

        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        if (Engine == DatabaseProvider.PostgreSQL)
        {
            TestPostgres.DropDatabase(ConnectionString);
        }
    }
}
