namespace Structures.Dashboard.Owners;

// The words of the owners page: OwnerWords.resx in English, OwnerWords.<language>.resx beside it.
public sealed class OwnerWords;
