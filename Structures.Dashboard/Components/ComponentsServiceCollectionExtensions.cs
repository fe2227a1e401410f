using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace Structures.Dashboard.Components;

public static class ComponentsServiceCollectionExtensions
{
    // Blazor Server pages, interactive everywhere, drawn with MudBlazor.
    public static IServiceCollection AddDashboardComponents(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.Replace(ServiceDescriptor.Scoped<Microsoft.AspNetCore.Components.Web.IErrorBoundaryLogger, PageErrorLog>());
        services.AddMudServices();
        return services;
    }
}
