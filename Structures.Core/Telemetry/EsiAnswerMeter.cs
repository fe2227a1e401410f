using System.Globalization;

namespace Structures.Core.Telemetry;

// Reads ESI's error limit and its refusals off every answer, retries included, without the ESI client knowing.
internal sealed class EsiAnswerMeter(StructuresTelemetry telemetry) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var remaining = response.Headers.TryGetValues("X-ESI-Error-Limit-Remain", out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var left) ? left : (int?)null;
        telemetry.EsiAnswered((int)response.StatusCode, remaining);
        return response;
    }
}
