namespace Structures.Dashboard.Statistics;

// The words of the statistics page and its tables.
public sealed class StatisticsText;
