namespace Structures.Core.Eve;

// The units and sentences of durations and relative times on pages ("3d 4h", "in 5m 07s", "2h 10m ago"):
// TimeWords.resx in English, TimeWords.<language>.resx beside it.
public sealed class TimeWords;
