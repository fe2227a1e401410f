using Microsoft.Extensions.Primitives;

namespace Structures.Dashboard.Simulation;

// Another endpoint source, less the endpoints that do not pass the filter.
internal sealed class FilteredEndpointDataSource(EndpointDataSource inner, Func<Endpoint, bool> keep) : EndpointDataSource
{
    public override IReadOnlyList<Endpoint> Endpoints => [.. inner.Endpoints.Where(keep)];

    public override IChangeToken GetChangeToken() => inner.GetChangeToken();
}
