namespace Structures.Dashboard.Overview;

// The words of the overview page and its sections: OverviewWords.resx in English, OverviewWords.<language>.resx beside it.
public sealed class OverviewWords;
