using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Structures.Core.Data;

public static class DataServiceCollectionExtensions
{
    private static readonly SqlitePragmas Pragmas = new();

    public static IServiceCollection AddStructuresData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DataOptions>()
            .Bind(configuration.GetSection(DataOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<RetentionSweep>();
        services.AddDbContextFactory<StructuresDbContext>((provider, options) =>
            options.UseSqlite(provider.GetRequiredService<IOptions<DataOptions>>().Value.ConnectionString)
                .AddInterceptors(Pragmas));
        services.AddHostedService<DatabaseMigrator>();

        // Refresh tokens are encrypted with these keys, so they live with the data they protect.
        services.AddDataProtection()
            .SetApplicationName("Structures")
            .PersistKeysToDbContext<StructuresDbContext>();
        return services;
    }
}
