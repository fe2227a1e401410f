namespace Structures.Core.Data;

// What "purge all data" lists and answers, in the viewer's language: PurgeWords.resx holds the English,
// PurgeWords.<language>.resx each translation.
public sealed class PurgeWords;
