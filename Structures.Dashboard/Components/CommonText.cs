namespace Structures.Dashboard.Components;

// The words of the app's shared pieces (routes, the error page, the copy button): CommonText.resx in English,
// CommonText.<language>.resx beside it.
public sealed class CommonText;
