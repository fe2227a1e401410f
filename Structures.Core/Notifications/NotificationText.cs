using System.Globalization;
using Structures.Core.Eve;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Structures.Core.Notifications;

// The YAML text of an ESI notification, read leniently: anchors and aliases resolved, keys looked up without regard
// to case (types spell "solarSystemID" and "solarsystemID"), FILETIME times and tick durations converted.
public sealed class NotificationText
{
    private readonly Dictionary<string, YamlNode> _values;

    private NotificationText(Dictionary<string, YamlNode> values) => _values = values;

    public IEnumerable<string> Keys => _values.Keys;

    public static NotificationText Empty { get; } = new(new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase));

    // Parse errors are returned, not thrown: a malformed notification is stored with its error and never stops a fetch.
    public static (NotificationText? Text, string? Error) Parse(string? yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return (Empty, null);
        }

        try
        {
            if (IsNestedTooDeep(yaml))
            {
                return (null, $"The notification text nests deeper than {MaxDepth} levels.");
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                return (null, "The notification text is not a YAML mapping.");
            }

            return (FromMapping(root), null);
        }
        catch (YamlException ex)
        {
            return (null, $"The notification text is not valid YAML: {ex.Message}");
        }
        catch (Exception ex)
        {
            // Any text at all arrives here, and the YAML reader has more ways to refuse one than its own exception.
            return (null, $"The notification text could not be read: {ex.GetType().Name}: {ex.Message}");
        }
    }

    // EVE's texts nest a few levels. A deeper one is refused before it is loaded: loading costs grow fast with depth,
    // and a deep enough text would exhaust the stack, which no catch survives. Reading events keeps no stack.
    private const int MaxDepth = 32;

    private static bool IsNestedTooDeep(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            depth += parser.Current switch
            {
                MappingStart or SequenceStart => 1,
                MappingEnd or SequenceEnd => -1,
                _ => 0,
            };
            if (depth > MaxDepth)
            {
                return true;
            }
        }

        return false;
    }

    private static NotificationText FromMapping(YamlMappingNode mapping)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                values[name] = value;
            }
        }

        return new NotificationText(values);
    }

    public bool Has(string key) => _values.TryGetValue(key, out var node) && !IsNull(node);

    public string? GetText(string key) => Scalar(key);

    public long? GetLong(string key) =>
        long.TryParse(Scalar(key), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    // NaN and infinities say nothing a message could show: they read as unknown.
    public double? GetDouble(string key) =>
        double.TryParse(Scalar(key), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    public bool? GetBool(string key) => Scalar(key)?.ToUpperInvariant() switch
    {
        "TRUE" => true,
        "FALSE" => false,
        _ => null,
    };

    public DateTime? GetFileTime(string key) => GetLong(key) is { } ticks ? EveTime.FromFileTime(ticks) : null;

    public TimeSpan? GetDuration(string key) => GetLong(key) is { } ticks ? EveTime.FromTicks(ticks) : null;

    // The first key present of several spellings.
    public long? FirstLong(params string[] keys) => keys.Select(GetLong).FirstOrDefault(v => v is not null);

    public IReadOnlyList<long> Longs(string key) => _values.TryGetValue(key, out var node) && node is YamlSequenceNode sequence
        ? [.. sequence.Children.OfType<YamlScalarNode>().Select(s => long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (long?)null).OfType<long>()]
        : [];

    // A sequence of sequences, such as listOfTypesAndQty ([[qty, typeId], ...]) or showinfo links.
    public IReadOnlyList<IReadOnlyList<string>> Rows(string key) => _values.TryGetValue(key, out var node) && node is YamlSequenceNode sequence
        ? [.. sequence.Children.Select(row => row is YamlSequenceNode cells ? (IReadOnlyList<string>)[.. cells.Children.OfType<YamlScalarNode>().Select(c => c.Value ?? "")] : [])]
        : [];

    // A mapping such as oreVolumeByType {typeId: volume}; of keys that read the same, the last counts.
    public Dictionary<string, string> Map(string key)
    {
        var map = new Dictionary<string, string>();
        if (_values.TryGetValue(key, out var node) && node is YamlMappingNode mapping)
        {
            foreach (var (name, value) in mapping.Children)
            {
                if (name is YamlScalarNode keyScalar && value is YamlScalarNode valueScalar)
                {
                    map[keyScalar.Value ?? ""] = valueScalar.Value ?? "";
                }
            }
        }

        return map;
    }

    // A sequence of mappings, such as a starbase's wants ([{quantity, typeID}, ...]).
    public IReadOnlyList<NotificationText> Mappings(string key) => _values.TryGetValue(key, out var node) && node is YamlSequenceNode sequence
        ? [.. sequence.Children.OfType<YamlMappingNode>().Select(FromMapping)]
        : [];

    private string? Scalar(string key) =>
        _values.TryGetValue(key, out var node) && node is YamlScalarNode scalar && !IsNull(scalar) ? scalar.Value : null;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not ScalarStyle.SingleQuoted and not ScalarStyle.DoubleQuoted } scalar
        && (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");
}
