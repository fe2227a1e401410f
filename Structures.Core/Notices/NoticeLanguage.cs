using Microsoft.Extensions.Localization;
using Structures.Core.Esi;
using Structures.Core.Localization;

namespace Structures.Core.Notices;

// The language a notice is written in for one reader: its words, and how an error it quotes (from ESI, EVE SSO or a
// sync) reads. English is how notices are stored.
public sealed class NoticeLanguage(Func<string, object[], string> say, Func<string, string> error)
{
    private static readonly EnglishWords EnglishNotices = new(typeof(NoticeWords));

    public static NoticeLanguage English { get; } = new((key, arguments) => EnglishNotices[key, arguments], text => text);

    // In the current UI culture: a page's, or a message's inside NotificationLanguage.Render.
    public static NoticeLanguage Of(IStringLocalizer<NoticeWords> words, IStringLocalizer<ErrorWords> errors) =>
        new((key, arguments) => words[key, arguments].Value, text => ErrorText.Translate(text, errors));

    public string Say(string key, params object[] arguments) => say(key, arguments);

    public string Error(string text) => error(text);
}
