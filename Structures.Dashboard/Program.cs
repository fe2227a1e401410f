using Structures.Core;
using Structures.Dashboard.Auth;
using Structures.Dashboard.Components;
using Structures.Dashboard.Components.Pages;
using Structures.Dashboard.Hosting;
using Structures.Dashboard.Localization;
using Structures.Dashboard.Simulation;
using Structures.Dashboard.Status;
using Structures.Dashboard.Structures;
using Structures.Dashboard.Telemetry;
using Structures.Dashboard.Timers;

var builder = WebApplication.CreateBuilder(args);
var demo = SimulationExtensions.IsEnabled(builder.Configuration);

builder.Services.AddStructuresCore(builder.Configuration);
builder.Services.AddDashboardAuth();
builder.Services.AddInternetHosting(builder.Configuration, builder.Environment);
builder.Services.AddDashboardComponents();
builder.Services.AddDashboardTelemetry(builder.Configuration);
builder.Services.AddUiLanguages();
if (demo)
{
    builder.Services.AddEveSimulation(builder.Configuration);
}

var app = builder.Build();

app.UseInternetHosting();
app.UseUiLanguages();
app.UseNotFoundPage();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapAuthEndpoints();
app.MapUiLanguages();
app.MapServiceStatus();
app.MapBoardExport();
app.MapFuelExport();
app.MapTimerFeed();
app.MapTelemetry();
if (demo)
{
    app.MapEveSimulation();
    app.Lifetime.ApplicationStarted.Register(() => SimulationExtensions.LearnSimulatorAddress(app.Services));
}

app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
if (!demo)
{
    app.RemoveSimulationPages();
}

return await StartupRefusal.RunAsync(app);

public partial class Program;
