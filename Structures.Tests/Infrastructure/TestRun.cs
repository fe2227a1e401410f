using System.Collections.Concurrent;

namespace Structures.Tests.Infrastructure;

// What one test case did with apps, found through its async flow: whether it started or used one, and the apps it
// made. One joined in a test class's constructor (where AppTest makes its app) lasts to the end of that test case.
public sealed class TestRun
{
    private static readonly AsyncLocal<TestRun?> Current = new();

    private readonly ConcurrentQueue<DashboardFactory> _apps = new();

    public static TestRun Join() => Current.Value ??= new TestRun();

    public bool StartedHost { get; set; }

    public IEnumerable<DashboardFactory> Apps => _apps;

    public void Add(DashboardFactory app) => _apps.Enqueue(app);

    // A test case reading a fixture's app uses an app, and has that app's warnings and errors checked when it ends.
    public static void Reads(DashboardFactory app)
    {
        var run = Join();
        run.StartedHost = true;
        if (!run.Apps.Contains(app))
        {
            run.Add(app);
        }
    }
}
