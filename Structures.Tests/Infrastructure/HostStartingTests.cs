using System.Reflection;
using Xunit.Sdk;

[assembly: Structures.Tests.Infrastructure.HostStartingTests]

namespace Structures.Tests.Infrastructure;

// Counts the test cases that start the app (or run against a fixture's app), so the share of the suite that needs a
// host can be measured: when STRUCTURES_HOST_TESTS names a file, each such test case adds one line to it.
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class HostStartingTests : BeforeAfterTestAttribute
{
    private static readonly AsyncLocal<TestRun?> Current = new();
    private static readonly Lock FileLock = new();

    // The run of the test case under way; one made in a test class's constructor lasts to the end of that test case.
    public static TestRun Join() => Current.Value ??= new TestRun();

    public override void Before(MethodInfo methodUnderTest) => Join();

    public override void After(MethodInfo methodUnderTest)
    {
        var path = Environment.GetEnvironmentVariable("STRUCTURES_HOST_TESTS");
        if (Current.Value is not { StartedHost: true } || string.IsNullOrEmpty(path))
        {
            return;
        }

        lock (FileLock)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.AppendAllText(path, $"{methodUnderTest.DeclaringType?.FullName}.{methodUnderTest.Name}{Environment.NewLine}");
        }
    }

    public sealed class TestRun
    {
        public bool StartedHost { get; set; }
    }
}
