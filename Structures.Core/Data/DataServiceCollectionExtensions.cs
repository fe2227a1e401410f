using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Structures.Core.Notifications;

namespace Structures.Core.Data;

public static class DataServiceCollectionExtensions
{
    private static readonly SqlitePragmas Pragmas = new();

    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DataOptions>().Bind(configuration.GetSection(DataOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DataOptions>, DataOptionsValidator>();
        services.TryAddSingleton(DatabasePurpose.Real);
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddSingleton<RetentionSweep>();
        services.AddFallbackWords<PurgeWords>();
        services.AddSingleton<DataPurge>();
        services.AddSingleton<SqliteInstanceLock>();
        var provider = configuration.GetSection(DataOptions.SectionName).Get<DataOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        services.AddDatabase(provider);
        // Runs once at start-up, before anything reads the database: not a schedule (Scheduling/JobSchedule.cs).
        services.AddHostedService<DatabaseMigrator>();
        services.AddKeyRing(configuration, provider);
        return services;
    }

    // Every unit of work asks for IDbContextFactory<StructuresDbContext>; on PostgreSQL it gets the context type whose
    // migrations are PostgreSQL's (PostgresStructuresDbContext).
    private static void AddDatabase(this IServiceCollection services, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.PostgreSQL)
        {
            services.AddDbContextFactory<PostgresStructuresDbContext>((services, options) => options.UseNpgsql(ConnectionString(services)));
            services.AddSingleton<IDbContextFactory<StructuresDbContext>, PostgresContextFactory>();
            return;
        }

        services.AddDbContextFactory<StructuresDbContext>((services, options) => options.UseSqlite(ConnectionString(services)).AddInterceptors(Pragmas));
    }

    private static string ConnectionString(IServiceProvider services) => services.GetRequiredService<IOptions<DataOptions>>().Value.ConnectionString;

    // Refresh tokens are encrypted with these keys, so by default the keys live apart from the database that holds the
    // tokens; in the database they are encrypted with a certificate (KeyRingOptions). The application name is fixed, so
    // instances installed at different paths read one key ring alike.
    private static void AddKeyRing(this IServiceCollection services, IConfiguration configuration, DatabaseProvider provider)
    {
        services.AddOptions<KeyRingOptions>().Bind(configuration.GetSection(KeyRingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyRingOptions>, KeyRingOptionsValidator>();
        var ring = configuration.GetSection(KeyRingOptions.SectionName).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var keys = services.AddDataProtection().SetApplicationName("Structures");
        if (ring.Store == KeyStore.Database)
        {
            _ = provider == DatabaseProvider.PostgreSQL
                ? keys.PersistKeysToDbContext<PostgresStructuresDbContext>()
                : keys.PersistKeysToDbContext<StructuresDbContext>();
        }
        else if (!string.IsNullOrWhiteSpace(ring.KeysPath))
        {
            keys.PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(ring.KeysPath)));
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>, KeyRingUpgrade>();
        }

        if (!string.IsNullOrWhiteSpace(ring.CertificatePath))
        {
            keys.ProtectKeysWithCertificate(LoadCertificate(ring));
        }
    }

    private static X509Certificate2 LoadCertificate(KeyRingOptions ring)
    {
        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(ring.CertificatePath, ring.CertificatePassword);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new StartupRefusedException($"DataProtection:CertificatePath {ring.CertificatePath} cannot be loaded: {e.Message}");
        }
    }
}
