using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Structures.Tests.Infrastructure;

// Response schemas read from ESI's own OpenAPI document (TestData/esi/openapi.json), never copied by hand.
public static class OpenApiContract
{
    private static readonly Lazy<JsonObject> Document = new(() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "esi", "openapi.json")))!);

    public static IEnumerable<string> Paths => Document.Value["paths"]!.AsObject().Select(p => p.Key);

    // Undeclared properties are refused too, so a misspelt field cannot hide behind the schema's openness.
    public static async Task<JsonSchema> ResponseSchemaAsync(string path, string method)
    {
        var operation = Document.Value["paths"]![path]?[method]
            ?? throw new ArgumentException($"ESI has no {method.ToUpperInvariant()} {path}");
        var schema = Inline(operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!, depth: 0);
        Close(schema);
        return await JsonSchema.FromJsonAsync(schema!.ToJsonString());
    }

    public static IEnumerable<string> Describe(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? child.Errors.SelectMany(kv => Describe(kv.Value))
            : [$"{e.Kind} at {e.Path}"]);

    public static JsonNode? Operation(string path, string method) => Document.Value["paths"]![path]?[method];

    // ESI's schemas are not recursive, so every $ref can be replaced by a copy of what it names.
    private static JsonNode? Inline(JsonNode? node, int depth)
    {
        if (depth > 32)
        {
            throw new InvalidOperationException("ESI schema references nest deeper than expected.");
        }

        switch (node)
        {
            case JsonObject obj when obj["$ref"]?.GetValue<string>() is { } reference:
                var name = reference["#/components/schemas/".Length..];
                return Inline(Document.Value["components"]!["schemas"]![name], depth + 1);
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    copy[key] = Inline(value, depth + 1);
                }

                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Inline(item, depth + 1))]);
            default:
                return node?.DeepClone();
        }
    }

    private static void Close(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.ContainsKey("properties") && !obj.ContainsKey("additionalProperties"))
                {
                    obj["additionalProperties"] = false;
                }

                foreach (var child in obj.Select(kv => kv.Value).ToList())
                {
                    Close(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Close(child);
                }

                break;
        }
    }
}
