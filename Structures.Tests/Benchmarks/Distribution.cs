namespace Structures.Tests.Benchmarks;

// Summary of a set of measurements, in the unit they were taken in.
internal sealed record Distribution(int Count, double Mean, double P50, double P95, double P99, double Max)
{
    public static Distribution Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0
            ? new Distribution(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)
            : new Distribution(sorted.Length, sorted.Average(), Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted[^1]);
    }

    // Nearest-rank percentile: the smallest value with at least p of the sample at or below it.
    private static double Rank(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
