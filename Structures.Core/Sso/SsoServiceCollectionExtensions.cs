using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Structures.Core.Sso;

public static class SsoServiceCollectionExtensions
{
    public static IServiceCollection AddSso(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EveOptions>().Bind(configuration.GetSection(EveOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EveOptions>, EveOptionsValidator>();
        services.AddSingleton<IValidateOptions<EveOptions>, EveCredentialsValidator>();
        services.AddHttpClient(EveTokenValidator.HttpClientName);
        services.AddSingleton<EveTokenValidator>();
        services.AddSingleton<EveTokenRefresher>();
        services.AddSingleton<WrongClientNotice>();
        return services;
    }
}
