using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;

namespace Structures.Tests.EndToEnd;

// The shape of an open page, as accessibility checks see it: its elements and their attributes, whether each holds
// text of its own, but not the text itself nor the values that only tie elements together or point elsewhere (ids,
// addresses, styles, data-*, Blazor's element references). Two renderings with the same shape meet axe's rules alike. The frame is everything
// outside the page's <main> (app bar and drawer); the drawer's highlighted link moves from page to page and is the
// same link wherever it is, so "active" is left out of classes and its aria-current out of the attributes.
public sealed record PageMarkup(string Frame, string Main)
{
    private const string Describe = """
        () => {
          const main = document.querySelector('main');
          const plain = /^(id|for|href|src|srcset|style|value|name|action|aria-(labelledby|describedby|controls|owns|activedescendant)|data-.*)$/;
          const attribute = a => a.name.startsWith('_bl_') ? '_bl_' : plain.test(a.name) ? a.name
            : a.name === 'class' ? 'class=' + a.value.split(/\s+/).filter(c => c !== '' && c !== 'active').sort().join('.')
            : a.name + '=' + a.value;
          const describe = (element, whole) => {
            if (element === main && !whole) return '<main/>';
            const attributes = [...element.attributes].filter(a => a.name !== 'aria-current').map(attribute).sort().join(' ');
            const text = [...element.childNodes].some(n => n.nodeType === 3 && n.textContent.trim() !== '') ? ' #' : '';
            return '<' + element.tagName + ' ' + attributes + text + '>' + [...element.children].map(c => describe(c, whole)).join('') + '</>';
          };
          return [describe(document.body, false), main ? describe(main, true) : ''];
        }
        """;

    public static async Task<PageMarkup> ReadAsync(IPage page)
    {
        var parts = await page.EvaluateAsync<string[]>(Describe);
        return new PageMarkup(Hash(parts[0]), Hash(parts[1]));
    }

    private static string Hash(string shape) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(shape)));
}
