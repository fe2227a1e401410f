using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Structures.Core.Access;
using Structures.Core.Eve;

namespace Structures.Core.Sso;

public static class SsoServiceCollectionExtensions
{
    public static IServiceCollection AddEveSso(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EveOptions>().Bind(configuration.GetSection(EveOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EveOptions>, EveOptionsValidator>();
        services.AddSingleton<IValidateOptions<EveOptions>, EveCredentialsValidator>();
        services.AddHttpClient(EveTokenValidator.HttpClientName);
        services.AddSingleton<EveTokenValidator>();
        services.AddSingleton<EveImages>();
        services.AddSingleton<SignInRecorder>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
