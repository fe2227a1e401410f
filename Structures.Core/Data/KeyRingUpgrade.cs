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
        var folder = new DirectoryInfo(Path.GetFullPath(ring.Value.KeysPath));
        if (folder.Exists && folder.EnumerateFiles("*.xml").Any())
        {
            return;
        }

        var keys = ReadDatabaseKeys();
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

    private List<(string Name, string Xml)> ReadDatabaseKeys()
    {
        var keys = new List<(string, string)>();
        var readOnly = new SqliteConnectionStringBuilder(data.Value.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        try
        {
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
        catch (SqliteException)
        {
            // No database yet (a new install): nothing to carry over.
        }

        return keys;
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,100}$")]
    private static partial Regex SafeName();

    [LoggerMessage(LogLevel.Warning, "Copied {Count} Data Protection key(s) from the database into the keys folder {Folder}, where they are kept from now on; back that folder up with the database")]
    private partial void LogCopied(int count, string folder);
}
