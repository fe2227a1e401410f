using MudBlazor.Services;
using Structures.Core.Data;
using Structures.Core.Sso;
using Structures.Core.Structures;
using Structures.Dashboard.Auth;
using Structures.Dashboard.Components;
using Structures.Dashboard.Hosting;
using Structures.Dashboard.Simulation;
using Structures.Dashboard.Status;
using Structures.Dashboard.Structures;

var builder = WebApplication.CreateBuilder(args);
var demo = SimulationExtensions.IsEnabled(builder.Configuration);

builder.Services.AddStructuresData(builder.Configuration);
builder.Services.AddEveSso(builder.Configuration);
builder.Services.AddStructuresSync(builder.Configuration);
builder.Services.AddEveAuthentication();
builder.Services.AddDirectorAuthentication();
builder.Services.AddInternetHosting(builder.Configuration, builder.Environment);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
if (demo)
{
    builder.Services.AddEveSimulation(builder.Configuration);
}

var app = builder.Build();

app.UseInternetHosting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapAuthEndpoints();
app.MapServiceStatus();
app.MapBoardExport();
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
