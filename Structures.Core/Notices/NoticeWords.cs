namespace Structures.Core.Notices;

// The titles and messages of admin notices: NoticeWords.resx in English, NoticeWords.<language>.resx beside it.
public sealed class NoticeWords;
