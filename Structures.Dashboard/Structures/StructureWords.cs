namespace Structures.Dashboard.Structures;

// The words of the board, the structure page, the fuel and tags pages: StructureWords.resx in English,
// StructureWords.<language>.resx beside it.
public sealed class StructureWords;
