using System.Globalization;
using CsCheck;
using Structures.Core.Notifications;
using Structures.Tests.Core.Notifications.Rendering;

namespace Structures.Tests.Core.Notifications;

// Notification texts as a careless or hostile server might send them: the real samples of every known type with
// values swapped for extreme or malformed ones, keys dropped or doubled, random YAML, and plain garbage.
internal static class NotificationTextGen
{
    public static readonly IReadOnlyList<(string Type, string Text)> Samples =
        [.. RenderingSamples.All().Select(s => (s.GetProperty("type").GetString()!, s.GetProperty("text").GetString() ?? ""))];

    // Out of range, not numbers, wrong shapes, and YAML's odd corners.
    private static readonly string[] Extremes =
    [
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "3000000000000000000", "2650467743999999999",
        "2650467744000000000", "9000000000000000000", "9e18", "-1", "0", "-0", "1e308", "-1e308", "1e-320", ".nan", "NaN", ".inf",
        "-.inf", "Infinity", "~", "null", "''", "\"\"", "true", "0x7FFFFFFF", "[]", "{}", "[1, [2, [3, []]]]", "{a: {b: {c: d}}}",
        "[showinfo, 2, 9223372036854775807]", "[[9e18, -1], [NaN], []]", "{9e18: NaN, 01: 1, 1: 2, -5: .inf}", "\"\\uD800\"", "\"\\0\"",
        "!!binary AAAA", "!!int 12", "!custom {x: 1}", "&anchor 42", "*anchor", "|\n  block\n  text", "2019-10-06T14:51:00Z",
        "'quoted: with colon'", "\"" + new string('x', 5000) + "\"", "*nowhere", "[*anchor, *anchor]",
    ];

    private static readonly string[] Keys =
    [
        .. Samples.SelectMany(s => s.Text.Split('\n')).Select(line => line.Split(':', 2)[0]).Where(k => k.Length > 0 && !k.StartsWith(' ') && !k.StartsWith('-')).Distinct(),
        "timeLeft", "timestamp", "vulnerableTime", "delayHours", "reinforceExitTime", "decloakTime", "readyTime", "autoTime", "dueDate",
    ];

    private static readonly string[] Types = [.. NotificationTypes.All.Select(t => t.Name), "UnknownNotificationType", "", " StructureLostShields "];

    private static readonly Gen<string> Value = Gen.Frequency(
        (6, Gen.OneOf(Extremes)),
        (2, Gen.Long.Select(v => v.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Double.Select(v => v.ToString("R", CultureInfo.InvariantCulture))),
        (1, Gen.String[0, 30].Select(v => $"\"{v.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"")));

    // A line's value replaced, the line dropped or doubled, or a known key added with an odd value.
    private static readonly Gen<string> Mutated =
        from sample in Gen.OneOf([.. Samples])
        from edits in Gen.Select(Gen.Int[0, 3], Gen.Int[0, 40], Value, Gen.OneOf(Keys)).List[1, 6]
        select Mutate(sample.Text, edits);

    private static readonly Gen<string> Node = Gen.Recursive<string>((depth, node) => depth > 3
        ? Value
        : Gen.Frequency(
            (4, Value),
            (1, node.List[0, 4].Select(items => $"[{string.Join(", ", items)}]")),
            (1, Gen.Select(Gen.OneOf(Keys), node).List[0, 4].Select(pairs => $"{{{string.Join(", ", pairs.Select(p => $"{p.Item1}: {p.Item2}"))}}}"))));

    // Random YAML: a mapping of known keys to random nodes, some of them anchored and referred to again.
    private static readonly Gen<string> RandomYaml =
        from pairs in Gen.Select(Gen.OneOf(Keys), Node).List[0, 8]
        from anchored in Gen.Bool
        select string.Join('\n', pairs.Select((p, i) => anchored && i == 0 ? $"{p.Item1}: &first {p.Item2}" : anchored && i > 0 && i % 3 == 0 ? $"{p.Item1}: *first" : $"{p.Item1}: {p.Item2}"));

    // Deep nesting, huge and empty texts, and raw characters.
    private static readonly Gen<string> Garbage = Gen.Frequency(
        (3, Gen.String),
        (1, Gen.Int[1, 100].Select(n => new string('[', n) + new string(']', n))),
        (1, Gen.Int[1, 100].Select(n => string.Concat(Enumerable.Repeat("a: {", n)) + new string('}', n))),
        (1, Gen.OneOf("", " ", "\0", "---\n---\n", "- 1\n- 2", "a: 1\na: 2", "? [1, 2]\n: x", "%YAML 9.9\n---\na: 1", "a: &x [*x]")));

    public static readonly Gen<(string Type, string Text)> Notification =
        Gen.Select(Gen.OneOf(Types), Gen.Frequency((5, Mutated), (3, RandomYaml), (1, Garbage)));

    private static string Mutate(string text, List<(int Kind, int Line, string Value, string Key)> edits)
    {
        var lines = text.Split('\n').ToList();
        foreach (var (kind, line, value, key) in edits)
        {
            var at = lines.Count == 0 ? 0 : line % lines.Count;
            switch (kind)
            {
                case 0 when lines.Count > 0 && lines[at].Contains(':', StringComparison.Ordinal):
                    lines[at] = $"{lines[at].Split(':', 2)[0]}: {value}";
                    break;
                case 1 when lines.Count > 0:
                    lines.RemoveAt(at);
                    break;
                case 2 when lines.Count > 0:
                    lines.Insert(at, lines[at]);
                    break;
                default:
                    lines.Insert(at, $"{key}: {value}");
                    break;
            }
        }

        return string.Join('\n', lines);
    }
}
