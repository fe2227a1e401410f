using System.Globalization;

namespace Structures.Tests.Infrastructure;

// Part of a test in a viewer's page language, as a circuit opened in that language runs, then the language before.
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _ui = CultureInfo.CurrentUICulture, _format = CultureInfo.CurrentCulture;

    private UiCulture(string code) =>
        (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (CultureInfo.GetCultureInfo(code), CultureInfo.GetCultureInfo(code));

    public static UiCulture Use(string code) => new(code);

    public void Dispose() => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (_ui, _format);
}
