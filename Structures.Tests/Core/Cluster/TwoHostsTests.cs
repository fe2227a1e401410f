using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Structures.Core.Cluster;
using Structures.Core.Sso;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Cluster;

// The two-instance set-up other tests build on: one database, one simulated EVE, two apps that are told apart.
public sealed class TwoHostsTests
{
    [Fact]
    public async Task SecondInstance_UsesTheFirstOnesSimulatedEve_AndSeesWhatItStored()
    {
        await using var hosts = new TwoHosts(new Dictionary<string, string?> { ["Structures:Scheduling:Enabled"] = "false" });

        var added = await hosts.AddOwnerAsync(90000001);

        added.Succeeded.Should().BeTrue(added.Message);
        hosts.B.Get<IOptionsMonitor<EveOptions>>().CurrentValue.EsiBaseUrl.Should().Be($"{hosts.A.BaseUrl}/sim/esi");
        await using var db = await hosts.B.Get<IDbContextFactory<global::Structures.Core.Data.StructuresDbContext>>().CreateDbContextAsync();
        (await db.Owners.Select(o => o.CorporationId).ToListAsync()).Should().Equal(98000001);
        hosts.B.Get<InstanceIdentity>().Name.Should().NotBe(hosts.A.Get<InstanceIdentity>().Name);
    }
}
