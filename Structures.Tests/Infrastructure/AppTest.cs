namespace Structures.Tests.Infrastructure;

// A test against the running app in demo mode: its own database, real HTTP, a signed-in SSO helper.
public abstract class AppTest(IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    private HttpClient? _http;

    protected DashboardFactory Factory { get; } = new(settings);

    protected HttpClient Http => _http ??= Factory.CreateHttpClient();

    protected SimulatedSso Sso => new(Http);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        _http?.Dispose();
        await Factory.DisposeAsync();
    }
}
