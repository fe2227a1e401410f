using Microsoft.Extensions.Options;
using Structures.Core.Data;

namespace Structures.Dashboard.Hosting;

// A setting that makes the app unsafe or unable to work stops the start with one line saying what to set,
// rather than a stack trace.
internal static class StartupRefusal
{
    public static async Task<int> RunAsync(WebApplication app)
    {
        try
        {
            // Settings are checked before the host starts, which would otherwise log the failure with a stack trace.
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (Reason(e) is { } reason)
        {
            app.Logger.StartRefused(reason);
            await app.DisposeAsync();
            return 1;
        }
    }

    public static string? Reason(Exception exception) => exception switch
    {
        OptionsValidationException invalid => $"invalid settings in section {Section(invalid.OptionsType)}: {string.Join(" ", invalid.Failures)}",
        StartupRefusedException refused => refused.Message,
        AggregateException several when several.InnerExceptions.Select(Reason).ToList() is var reasons && reasons.All(r => r is not null) =>
            string.Join(" ", reasons.Distinct()),
        _ => null,
    };

    // Every options class names its configuration section in a SectionName constant.
    private static string Section(Type options) =>
        options.GetField("SectionName")?.GetRawConstantValue() as string ?? options.Name;
}
