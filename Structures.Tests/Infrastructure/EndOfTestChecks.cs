using System.Reflection;
using Xunit.Sdk;

[assembly: Structures.Tests.Infrastructure.EndOfTestChecks]

namespace Structures.Tests.Infrastructure;

// After each test case's method, before its class is disposed: a warning or error its apps logged that it did not
// expect fails it, and, when STRUCTURES_HOST_TESTS names a file, a test case that started an app (or ran against a
// fixture's app) adds one line to it, so the share of the suite that needs a host can be measured.
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class EndOfTestChecks : BeforeAfterTestAttribute
{
    private static readonly Lock FileLock = new();

    public override void Before(MethodInfo methodUnderTest) => TestRun.Join();

    public override void After(MethodInfo methodUnderTest)
    {
        var run = TestRun.Join();
        if (run.StartedHost)
        {
            Record(methodUnderTest);
        }

        foreach (var app in run.Apps.Distinct())
        {
            app.ThrowOnUnexpectedLogs("during this test");
        }
    }

    private static void Record(MethodInfo methodUnderTest)
    {
        var path = Environment.GetEnvironmentVariable("STRUCTURES_HOST_TESTS");
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        lock (FileLock)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.AppendAllText(path, $"{methodUnderTest.DeclaringType?.FullName}.{methodUnderTest.Name}{Environment.NewLine}");
        }
    }
}
