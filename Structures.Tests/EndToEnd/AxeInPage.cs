using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Structures.Tests.EndToEnd;

// axe-core run inside the open page: its bundled script evaluated in the document, then one axe.run over that
// document, answering only the violations. The package's Playwright runner merges each frame's partial results in a
// blank page it opens for every check, which cost two to three seconds a check here; the app's pages have no frames,
// and axe itself takes well under a second on any of them.
internal static class AxeInPage
{
    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Script.Value);
        }

        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations");
        return violations.Deserialize<AxeViolation[]>(Json)!;
    }
}

// What a violation says: the rule, how bad, its help text, and each element it found with the checks' messages.
internal sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<AxeViolationNode> Nodes);

internal sealed record AxeViolationNode(JsonElement Target, IReadOnlyList<AxeCheckMessage> Any, IReadOnlyList<AxeCheckMessage> All, IReadOnlyList<AxeCheckMessage> None);

internal sealed record AxeCheckMessage(string Message);
