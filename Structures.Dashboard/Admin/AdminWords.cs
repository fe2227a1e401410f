namespace Structures.Dashboard.Admin;

// The words of the admin notices and data pages: AdminWords.resx in English, AdminWords.<language>.resx beside it.
public sealed class AdminWords;
