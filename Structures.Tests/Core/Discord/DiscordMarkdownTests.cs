using Structures.Core.Discord;

namespace Structures.Tests.Core.Discord;

public sealed class DiscordMarkdownTests
{
    [Theory]
    [InlineData("Batcave", "Batcave")]
    [InlineData("Amamake II - Moon 1", "Amamake II - Moon 1")]
    [InlineData("**bold** _it_ ~~gone~~ `code` ||spoiler||", "\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|")]
    [InlineData("[evil](https://e.example)", "\\[evil\\]\\(https\\://e.example\\)")]
    [InlineData("@everyone and @here", "@\u200Beveryone and @\u200Bhere")]
    [InlineData("<@123> <#456>", "\\<@\u200B123\\> \\<\\#456\\>")]
    [InlineData("# Heading", "\\# Heading")]
    [InlineData("- item", "\\- item")]
    [InlineData("> quote\nsecond line", "\\> quote second line")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_MakesTextReadAsItself(string? text, string expected)
    {
        DiscordMarkdown.Escape(text).Should().Be(expected);
    }
}
