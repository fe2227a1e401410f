using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Structures.Tests.Infrastructure;

// The warnings and errors an app under test may log: those its test declares, by event name (the [LoggerMessage]
// method's name) or by category and level. Any other Warning, Error or Critical line fails the test.
public sealed class ExpectedLogs
{
    private readonly ConcurrentQueue<Func<FakeLogRecord, bool>> _expected = new();

    public void Add(string eventName) => _expected.Enqueue(r => r.Id.Name == eventName);

    public void Add(Func<FakeLogRecord, bool> expected) => _expected.Enqueue(expected);

    // A category ending in '*' takes every category that starts with what comes before it.
    public void Add(string category, LogLevel level) => _expected.Enqueue(r => r.Level == level && Matches(r.Category, category));

    public List<FakeLogRecord> Unexpected(IEnumerable<FakeLogRecord> records) =>
        [.. records.Where(r => r.Level >= LogLevel.Warning && !_expected.Any(expected => expected(r)))];

    public static string Describe(FakeLogRecord record) =>
        $"  {record.Level} {record.Category} [{record.Id.Name}]: {record.Message}"
        + (record.Exception is { } exception
            ? $" ({exception.GetType().Name}: {exception.Message.Split('\n')[0]}){Environment.NewLine}{string.Join(Environment.NewLine, (exception.StackTrace ?? "").Split('\n').Take(8))}"
            : "");

    private static bool Matches(string? category, string pattern) =>
        pattern.EndsWith('*') ? category?.StartsWith(pattern[..^1], StringComparison.Ordinal) == true : category == pattern;
}
