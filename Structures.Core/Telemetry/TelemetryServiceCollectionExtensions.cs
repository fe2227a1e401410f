using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Structures.Core.Esi;

namespace Structures.Core.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        services.AddMetrics();
        services.AddSingleton<StructuresTelemetry>();
        services.AddTransient<EsiAnswerMeter>();
        services.AddHttpClient(EsiClient.HttpClientName).AddHttpMessageHandler<EsiAnswerMeter>();
        return services;
    }
}
