using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Structures.Core.Data;

// Versions before the keys folder kept the key ring in the database's DataProtectionKeys table, and the refresh
// tokens stored then are encrypted with it. On the first start with an empty keys folder those keys are copied into
// the folder, so an upgrade keeps every owner's tokens and every user's session. Runs when Data Protection first
// reads its settings, before any key is read or made.
internal sealed partial class KeyRingUpgrade(IOptions<DataOptions> data, IOptions<KeyRingOptions> ring, ILogger<KeyRingUpgrade> logger)
    : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions options)
    {
        if (Settings() is not var (connectionString, keysPath))
        {
            return;
        }

        var folder = new DirectoryInfo(Path.GetFullPath(keysPath));
        if (folder.Exists && folder.EnumerateFiles("*.xml").Any())
        {
            return;
        }

        var keys = ReadDatabaseKeys(connectionString);
        if (keys.Count == 0)
        {
            return;
        }

        folder.Create();
        foreach (var (name, xml) in keys)
        {
            File.WriteAllText(Path.Combine(folder.FullName, $"{name}.xml"), xml);
        }

        LogCopied(keys.Count, folder.FullName);
    }

    // Invalid settings are not this class's to report: the start-up validation refuses them, naming the setting.
    private (string ConnectionString, string KeysPath)? Settings()
    {
        try
        {
            // Only SQLite installs are old enough to have kept their keys in the database.
            return data.Value.Provider == DatabaseProvider.Sqlite ? (data.Value.ConnectionString, ring.Value.KeysPath) : null;
        }
        catch (OptionsValidationException)
        {
            return null;
        }
    }

    private static List<(string Name, string Xml)> ReadDatabaseKeys(string connectionString)
    {
        var keys = new List<(string, string)>();
        try
        {
            var readOnly = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
            using var connection = new SqliteConnection(readOnly.ConnectionString);
            connection.Open();
            using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'DataProtectionKeys'";
            if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return keys;
            }

            using var read = connection.CreateCommand();
            read.CommandText = "SELECT FriendlyName, Xml FROM DataProtectionKeys";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                if (reader.IsDBNull(0) || reader.IsDBNull(1) || !SafeName().IsMatch(reader.GetString(0)))
                {
                    continue;
                }

                keys.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        catch (Exception e) when (e is SqliteException or ArgumentException)
        {
            // No database yet (a new install), or a connection string the start-up validation refuses: nothing to carry over.
        }

        return keys;
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,100}$")]
    private static partial Regex SafeName();

    [LoggerMessage(LogLevel.Warning, "Copied {Count} Data Protection key(s) from the database into the keys folder {Folder}, where they are kept from now on; back that folder up with the database")]
    private partial void LogCopied(int count, string folder);
}
