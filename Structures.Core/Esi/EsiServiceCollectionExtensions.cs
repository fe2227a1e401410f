using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Structures.Core.Esi;

public static class EsiServiceCollectionExtensions
{
    public static IServiceCollection AddEsi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EsiOptions>().Bind(configuration.GetSection(EsiOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EsiOptions>, EsiOptionsValidator>();
        services.AddHttpClient(EsiClient.HttpClientName);
        services.AddSingleton<EsiErrorLimitGuard>();
        services.AddSingleton<EsiRateLimiter>();
        services.AddSingleton<EsiResponseCache>();
        services.AddSingleton<EsiClient>();
        return services;
    }
}
